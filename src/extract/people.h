// People named in a press release, with the positions the text gives them: "сенатор Серик
// Утешов", "депутаты Мажилиса Бауржан Смагулов, Арман Калыков" (a plural title is given to every
// name of its list, in the singular: "депутат Мажилиса"), "государственный советник Ерлан
// Карин", "заместитель премьер-министра – министр культуры и информации Аида Балаева", bare names
// a first name or a surname marks ("Ерлан Кошанов подчеркнул"), and photo credits ("Фото: Әли
// Ғалым"). Names and titles come back in the nominative: "депутата Ерлана Карина" is "Ерлан
// Карин", "депутат".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extract/annotate.h"
#include "extract/places.h"

namespace kenes::extract {

struct PersonMention {
  std::string name;  // nominative, in the order written: "Тилектес Адамбеков"
  std::string title;  // nominative singular, lower case first: "депутат Мажилиса"; may be empty
  std::string title_head;  // the lemma of the title's head noun: "депутат"
  Gender gender = Gender::kMasculine;
  bool gender_known = false;
  TokenIndex first_token;  // the mention with its title
  TokenIndex end_token;
  TokenIndex name_first;  // the name alone
  TokenIndex name_end;
  ByteSpan span;  // normalized text, the mention with its title
  // Named in a photo credit ("Фото: Әли Ғалым"): a photographer, never a speaker of a meeting.
  bool photo_credit = false;
};

// A title with no name after it ("— сказал депутат."), by which the text refers to someone it
// named before.
struct TitleReference {
  std::string head;  // "депутат"
  TokenIndex token;
};

struct PeopleFinding {
  std::vector<PersonMention> people;  // in text order
  std::vector<TitleReference> references;
};

// No name is read inside `places` ("селе Аксукент Сайрамского района" names no person).
PeopleFinding FindPeople(const AnnotatedText& text, std::span<const PlaceMention> places);

}  // namespace kenes::extract
