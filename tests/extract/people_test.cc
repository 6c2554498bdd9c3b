#include "extract/people.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/tokenize.h"
#include "test_gazetteer.h"

namespace kenes::extract {
namespace {

struct Named {
  std::string name;
  std::string title;
  bool operator==(const Named&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Named& n) {
  return out << n.name << " (" << n.title << ")";
}

std::vector<Named> PeopleIn(std::string_view input) {
  const AnnotatedText text =
      Annotate(SplitSentences(Tokenize(*Normalize(input))), DefaultLexicon());
  std::vector<Named> out;
  const std::vector<PlaceMention> places = FindPlaces(text, testing::TestGazetteer());
  for (const PersonMention& person : FindPeople(text, places).people) {
    out.push_back(Named{person.name, person.title});
  }
  return out;
}

TEST(People, GiveAPluralTitleToEveryNameOfItsList) {
  EXPECT_EQ(PeopleIn("В состав делегации вошли сенатор Серик Утешов, депутаты Мажилиса Бауржан "
                     "Смагулов, Арман Калыков, Тилектес Адамбеков, а также депутаты маслихата."),
            (std::vector<Named>{{"Серик Утешов", "сенатор"},
                                {"Бауржан Смагулов", "депутат Мажилиса"},
                                {"Арман Калыков", "депутат Мажилиса"},
                                {"Тилектес Адамбеков", "депутат Мажилиса"}}));
}

TEST(People, APlaceNamedAfterAPersonIsNoPerson) {
  // "Наурызбай" ends like a surname; the gazetteer's district claims it first.
  EXPECT_EQ(PeopleIn("Сондай-ақ Наурызбай ауданында делегация мүшелері кездесу өткізді."),
            std::vector<Named>{});
}

TEST(People, BringInflectedNamesAndTitlesToTheNominative) {
  EXPECT_EQ(PeopleIn("Встреча прошла с участием государственного советника Ерлана Карина и "
                     "заместителя премьер-министра Аиды Балаевой."),
            (std::vector<Named>{{"Ерлан Карин", "государственный советник"},
                                {"Аида Балаева", "заместитель премьер-министра"}}));
  EXPECT_EQ(PeopleIn("Слово предоставили депутату Мажилиса Жанарбеку Ашимжану."),
            (std::vector<Named>{{"Жанарбек Ашимжан", "депутат Мажилиса"}}));
  EXPECT_EQ(PeopleIn("Вопросы задавали сенатору Тилектесу Адамбекову."),
            (std::vector<Named>{{"Тилектес Адамбеков", "сенатор"}}));
}

TEST(People, ReadLongTitlesUpToTheName) {
  EXPECT_EQ(PeopleIn("Выступили президент Международного фонда защиты свободы слова «Әділ сөз» "
                     "Карлыгаш Джаманкулова и государственный и общественный деятель Жаксыбек "
                     "Кулекеев."),
            (std::vector<Named>{{"Карлыгаш Джаманкулова",
                                 "президент Международного фонда защиты свободы слова «Әділ сөз»"},
                                {"Жаксыбек Кулекеев", "государственный и общественный деятель"}}));
}

TEST(People, FindBareNamesByFirstNameOrSurname) {
  EXPECT_EQ(PeopleIn("Ерлан Кошанов подчеркнул важность. Затем выступил Иван Петрович Сидоров."),
            (std::vector<Named>{{"Ерлан Кошанов", ""}, {"Иван Петрович Сидоров", ""}}));
  EXPECT_EQ(PeopleIn("Фото: Әли Ғалым, Талгат Таныбаев"),
            (std::vector<Named>{{"Әли Ғалым", "фотограф"}, {"Талгат Таныбаев", "фотограф"}}));
}

TEST(People, TakeNoOrganizationOrPlaceForAPerson) {
  EXPECT_TRUE(PeopleIn("Члены Общенациональной коалиции встретились в Доме культуры. Пресс-служба "
                       "Национальной палаты. Идеи «Таза Казахстан» и «Адал Азамат».")
                  .empty());
}

}  // namespace
}  // namespace kenes::extract
