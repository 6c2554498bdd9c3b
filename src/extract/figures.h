// Figures of people and things: every phrase the core attendance parser reads ("более 400",
// "около 300", "десятки тысяч", "пять"), with the noun phrase it counts ("сотрудников
// компании", "политических партий"). Whether a figure is a meeting's attendance or a
// campaign-level claim is decided later, by where it stands.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/attendance.h"
#include "extract/annotate.h"
#include "extract/dates.h"

namespace kenes::extract {

struct FigureMention {
  Attendance figure;
  TokenIndex first_token;  // the figure phrase
  TokenIndex end_token;
  // The counted noun phrase after it ("политических партий"), [end_token, noun_end); its head
  // noun is noun_end - 1. Empty when no noun follows.
  TokenIndex noun_end;
  ByteSpan span;         // the figure phrase
  ByteSpan phrase_span;  // figure and counted noun
  bool people = false;   // the noun counts people (or there is none and the context may)

  bool has_noun() const { return noun_end > end_token; }
};

std::vector<FigureMention> FindFigures(const AnnotatedText& text,
                                       std::span<const DateMention> dates);

}  // namespace kenes::extract
