// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "textkey.h"

#include <QHash>

namespace Sailau::Import {

namespace {

struct FieldInfo
{
    Field field;
    const char *key;
    FieldType type;
    const char *raceColumn;              // for race figures
    QList<const char *> headers; // English, Russian, Kazakh spellings
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table = {
        {Field::ElectionDate, "election_date", FieldType::Date, nullptr,
         {"election_date", "election date", "date", "as_of_date", "дата", "дата выборов", "дата голосования",
          "сайлау күні", "күні", "сайлау мерзімі"}},
        {Field::ElectionLevel, "election_level", FieldType::Text, nullptr,
         {"election_type", "election level", "level", "type", "уровень", "тип выборов", "вид выборов", "уровень выборов",
          "деңгей", "сайлау түрі", "сайлау деңгейі"}},
        {Field::Region, "region", FieldType::Text, nullptr,
         {"region", "oblast", "province", "region_name", "область", "регион", "облыс", "өңір", "облыс атауы"}},
        {Field::District, "district", FieldType::Text, nullptr,
         {"district", "city", "district/city", "district or city", "район", "город", "район/город", "район (город)",
          "аудан", "қала", "аудан/қала", "аудан (қала)"}},
        {Field::Settlement, "settlement", FieldType::Text, nullptr,
         {"settlement", "village", "rural okrug", "rural district", "село", "сельский округ", "населенный пункт",
          "населённый пункт", "ауыл", "ауылдық округ", "елді мекен"}},
        {Field::Kato, "kato", FieldType::Text, nullptr, {"kato", "kato code", "като", "код като", "като коды"}},
        {Field::Voters, "voters", FieldType::Count, "voters",
         {"registered_voters", "voters", "voters on lists", "voters on the lists", "registered voters", "electorate",
          "избирателей", "число избирателей", "количество избирателей", "избирателей в списках",
          "включено в списки", "включено избирателей в списки", "сайлаушылар", "сайлаушылар саны",
          "тізімге енгізілген сайлаушылар", "тізімдегі сайлаушылар"}},
        {Field::BallotsIssued, "ballots_issued", FieldType::Count, "ballots_issued",
         {"ballots_issued", "ballots issued", "issued", "выдано бюллетеней", "получили бюллетени", "выдано",
          "бюллетеней выдано", "берілген бюллетеньдер", "бюллетень алды", "бюллетень алғандар"}},
        {Field::BallotsCast, "ballots_cast", FieldType::Count, "ballots_cast",
         {"ballots_cast", "ballots cast", "voted", "votes cast", "проголосовали", "приняли участие",
          "число проголосовавших", "проголосовало", "дауыс бергендер", "дауыс берді", "дауыс бергендер саны",
          "сайлауға қатысқандар"}},
        {Field::Invalid, "invalid", FieldType::Count, "invalid",
         {"invalid", "invalid ballots", "spoiled", "недействительные", "недействительных бюллетеней",
          "недействительных", "жарамсыз", "жарамсыз бюллетеньдер"}},
        {Field::OutsideStation, "outside_station", FieldType::Count, "outside_station",
         {"outside_station", "outside the station", "voted at home", "outside", "вне помещения",
          "вне помещения для голосования", "на дому", "үй жайдан тыс", "үйде дауыс бергендер"}},
        {Field::AgainstAll, "against_all", FieldType::Count, "against_all",
         {"against_all", "against all", "против всех", "барлығына қарсы", "барлық кандидаттарға қарсы"}},
        {Field::TurnoutPublished, "turnout_published", FieldType::Percent, "turnout_published",
         {"turnout", "turnout_pct", "turnout %", "turnout, %", "явка", "явка %", "явка, %", "явка избирателей",
          "сайлаушылардың қатысуы", "қатысу", "қатысу %", "қатысу, %"}},
        {Field::AgainstAllPublished, "against_all_published", FieldType::Percent, "against_all_published",
         {"against_all_pct", "against all, %", "against all %", "% against all", "против всех, %", "против всех %",
          "% против всех", "барлығына қарсы, %", "барлығына қарсы %", "% барлығына қарсы"}},
        {Field::PollingStations, "polling_stations", FieldType::Count, "polling_stations",
         {"polling_stations", "polling stations", "stations", "участков", "избирательные участки", "участки",
          "количество участков", "сайлау учаскелері", "учаскелер", "учаскелер саны"}},
        {Field::CandidatesRegistered, "candidates_registered", FieldType::Count, "candidates_registered",
         {"candidates_registered", "registered candidates", "number of candidates", "зарегистрировано кандидатов",
          "число кандидатов", "количество кандидатов", "тіркелген кандидаттар", "кандидаттар саны"}},
        {Field::Candidate, "candidate", FieldType::Text, nullptr,
         {"candidate", "candidate_name", "candidate name", "name", "full name", "кандидат", "фио", "ф и о",
          "фио кандидата", "кандидат фио", "кандидаттың аты жөні", "аты жөні", "үміткер", "кандидат аты жөні"}},
        {Field::Nomination, "nomination", FieldType::Text, nullptr,
         {"nominated_by", "nominated by", "nomination", "party", "выдвинут", "кем выдвинут", "выдвижение",
          "партия", "субъект выдвижения", "выдвинут от", "ұсынған", "кім ұсынды", "ұсыну", "партиясы"}},
        {Field::Votes, "votes", FieldType::Count, nullptr,
         {"votes", "votes for", "vote count", "голоса", "голосов", "число голосов", "количество голосов",
          "голосов за", "за", "дауыс", "дауыс саны", "дауыстар", "дауыстар саны"}},
        {Field::VoteSharePublished, "vote_share_published", FieldType::Percent, nullptr,
         {"vote_pct", "vote share", "share", "percent", "%", "процент", "доля голосов", "% голосов", "голосов %",
          "голосов, %", "үлесі", "дауыс үлесі", "пайыз", "дауыс %", "share, %", "процент голосов",
          "дауыс үлесі, %", "% от числа избирателей, принявших участие", "% от числа проголосовавших"}},
        {Field::Elected, "elected", FieldType::Boolean, nullptr,
         {"is_winner", "elected", "is elected", "won", "избран", "избрана", "избран а", "сайланды", "сайланған"}},
        {Field::Winner, "winner", FieldType::Text, nullptr,
         {"winner", "elected akim", "победитель", "избранный аким", "жеңімпаз", "сайланған әкім"}},
        {Field::Sex, "sex", FieldType::Text, nullptr, {"sex", "gender", "пол", "жынысы", "жыныс"}},
        {Field::BirthYear, "birth_year", FieldType::Count, nullptr,
         {"birth year", "year of birth", "born", "год рождения", "г р", "туған жылы", "туылған жылы"}},
        {Field::Age, "age", FieldType::Count, nullptr, {"age", "age at election", "возраст", "жасы", "жас"}},
        {Field::Occupation, "occupation", FieldType::Text, nullptr,
         {"occupation", "position", "occupation/position", "place of work", "место работы, должность", "место работы",
          "должность", "место работы и должность", "жұмыс орны, лауазымы", "жұмыс орны", "лауазымы", "лауазым"}},
        {Field::Incumbent, "incumbent", FieldType::Boolean, nullptr,
         {"incumbent", "incumbent akim", "sitting akim", "действующий аким", "действующий", "қазіргі әкім",
          "қазіргі әкімі", "лауазымдағы әкім"}},
        {Field::Source, "source", FieldType::Text, nullptr,
         {"source", "source_url", "url", "link", "источник", "ссылка", "дереккөз", "сілтеме"}},
    };
    return table;
}

const FieldInfo *infoOf(Field field)
{
    for (const FieldInfo &info : fieldTable()) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

const QHash<QString, Field> &headerIndex()
{
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> h;
        for (const FieldInfo &info : fieldTable()) {
            for (const char *header : info.headers) {
                const QString key = TextKey::fold(QString::fromUtf8(header));
                if (!key.isEmpty() && !h.contains(key))
                    h.insert(key, info.field);
            }
            h.insert(TextKey::fold(QString::fromLatin1(info.key)), info.field);
        }
        return h;
    }();
    return index;
}

} // namespace

QList<Field> Fields::all()
{
    QList<Field> list;
    for (const FieldInfo &info : fieldTable())
        list.append(info.field);
    return list;
}

QString Fields::key(Field field)
{
    const FieldInfo *info = infoOf(field);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("ignore");
}

Field Fields::fromKey(const QString &key)
{
    for (const FieldInfo &info : fieldTable()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return Field::Ignore;
}

FieldType Fields::type(Field field)
{
    const FieldInfo *info = infoOf(field);
    return info ? info->type : FieldType::None;
}

bool Fields::isRaceFigure(Field field)
{
    const FieldInfo *info = infoOf(field);
    return info && info->raceColumn;
}

QString Fields::raceColumn(Field field)
{
    const FieldInfo *info = infoOf(field);
    return info && info->raceColumn ? QString::fromLatin1(info->raceColumn) : QString();
}

QString Fields::label(Field field)
{
    switch (field) {
    case Field::Ignore: return tr("(ignore this column)");
    case Field::ElectionDate: return tr("Election date");
    case Field::ElectionLevel: return tr("Election level");
    case Field::Region: return tr("Region");
    case Field::District: return tr("District or city");
    case Field::Settlement: return tr("Settlement (village, rural okrug, town)");
    case Field::Kato: return tr("KATO code");
    case Field::Voters: return tr("Voters on the lists");
    case Field::BallotsIssued: return tr("Ballots issued");
    case Field::BallotsCast: return tr("Ballots cast");
    case Field::Invalid: return tr("Invalid ballots");
    case Field::OutsideStation: return tr("Ballots cast outside the station");
    case Field::AgainstAll: return tr("Votes \"against all\"");
    case Field::TurnoutPublished: return tr("Turnout as published (%)");
    case Field::AgainstAllPublished: return tr("\"Against all\" as published (%)");
    case Field::PollingStations: return tr("Polling stations");
    case Field::CandidatesRegistered: return tr("Candidates registered");
    case Field::Candidate: return tr("Candidate");
    case Field::Nomination: return tr("Nomination (party or self-nominated)");
    case Field::Votes: return tr("Votes");
    case Field::VoteSharePublished: return tr("Vote share as published (%)");
    case Field::Elected: return tr("Elected (yes/no)");
    case Field::Winner: return tr("Winner's name");
    case Field::Sex: return tr("Candidate's sex");
    case Field::BirthYear: return tr("Candidate's year of birth");
    case Field::Age: return tr("Candidate's age at the election");
    case Field::Occupation: return tr("Candidate's occupation or position");
    case Field::Incumbent: return tr("Incumbent akim (yes/no)");
    case Field::Source: return tr("Source (URL or document)");
    }
    return {};
}

Field Fields::matchHeader(const QString &header)
{
    const QString key = TextKey::fold(header);
    if (key.isEmpty()) {
        // "%" folds to nothing: it is a share column.
        return header.trimmed() == QLatin1String("%") ? Field::VoteSharePublished : Field::Ignore;
    }
    auto has = [&key](const char *word) { return key.contains(QLatin1String(word)); };
    const bool percentSign = header.contains(QLatin1Char('%'));
    const auto it = headerIndex().constFind(key);
    if (it != headerIndex().constEnd()) {
        // "% голосов" is a share, though "голосов" alone is a count.
        if (percentSign && *it == Field::Votes)
            return Field::VoteSharePublished;
        // "Против всех, %" is the published share of "against all", not its count.
        if (percentSign && *it == Field::AgainstAll)
            return Field::AgainstAllPublished;
        return *it;
    }
    // Longer headers: look for the words that say what they are.
    const bool percentWord = has("dolia") || has("protsent") || has("share") || has("ulesi") || has("paiiz");
    if (has("protiv vsekh") || has("barligina karsi") || has("against all"))
        return percentSign || percentWord ? Field::AgainstAllPublished : Field::AgainstAll;
    if (has("iavk") || has("turnout") || has("katisu"))
        return Field::TurnoutPublished;
    const bool percent = percentSign || has("dolia") || has("protsent") || has("share")
        || has("ulesi") || has("paiiz");
    if (percent && (has("golos") || has("dauis") || has("vote") || has("kandidat") || has("candidate")))
        return Field::VoteSharePublished;
    // "% от числа избирателей, принявших участие": a share of the candidate's, with its basis.
    if (percentSign && !has("nedeistvit") && !has("zharamsiz") && !has("invalid"))
        return Field::VoteSharePublished;
    if (has("god rozhd") || has("tugan zhil") || has("tuilgan zhil") || has("birth"))
        return Field::BirthYear;
    if (has("vozrast") || key == QLatin1String("zhas") || has("zhasi"))
        return Field::Age;
    if (has("mesto raboti") || has("dolzhnost") || has("zhumis orni") || has("lauazim") || has("occupation"))
        return Field::Occupation;
    if (has("deistvuiushch") || has("kazirgi") || has("incumbent"))
        return Field::Incumbent;
    if (key == QLatin1String("pol") || key.startsWith(QLatin1String("pol kandidat")) || has("zhinis"))
        return Field::Sex;
    if (has("nedeistvit") || has("zharamsiz") || has("invalid"))
        return Field::Invalid;
    if ((has("biullet") || has("ballot")) && (has("vida") || has("issued") || has("berilgen")))
        return Field::BallotsIssued;
    if (has("izbiratel") || has("sailaushi") || has("voters"))
        return Field::Voters;
    if (has("uchast") || has("uchaske") || has("polling"))
        return Field::PollingStations;
    if (has("vidvin") || has("usin") || has("nominat") || has("parti"))
        return Field::Nomination;
    if (has("golos") || has("dauis") || has("votes"))
        return Field::Votes;
    if (has("kandidat") || has("candidate"))
        return Field::Candidate;
    if (has("istochnik") || has("source"))
        return Field::Source;
    return Field::Ignore;
}

QList<Field> Fields::matchHeaders(const QStringList &header)
{
    QList<Field> fields;
    QList<Field> used;
    for (const QString &h : header) {
        Field f = matchHeader(h);
        if (f != Field::Ignore && used.contains(f))
            f = Field::Ignore;
        if (f != Field::Ignore)
            used.append(f);
        fields.append(f);
    }
    // With a candidate column, a "winner" column says who won: it is the elected mark.
    if (used.contains(Field::Candidate) && used.contains(Field::Winner) && !used.contains(Field::Elected)) {
        for (Field &f : fields) {
            if (f == Field::Winner)
                f = Field::Elected;
        }
    }
    return fields;
}

} // namespace Sailau::Import
