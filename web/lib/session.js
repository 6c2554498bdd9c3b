// Who is signed in, for pages that offer writes only to roles that may make them (the server
// checks every write and its scope regardless).
export const session = {me: null};
export const canWrite = () =>
  !!session.me && ['admin', 'coordinator', 'reporter'].includes(session.me.role);
export const isAdmin = () => session.me?.role === 'admin';
// Deciding whether a flagged figure counts: admin and analyst.
export const canReview = () => ['admin', 'analyst'].includes(session.me?.role);
