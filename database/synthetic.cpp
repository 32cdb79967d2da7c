// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic.h"

#include "database.h"
#include "datasetloader.h"
#include "tableexport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace Sailau {

namespace {

// splitmix64: small, fast and the same on every machine.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }

private:
    quint64 m_state;
};

const std::array<const char *, 17> regions = {
    "Акмолинская область", "Актюбинская область", "Алматинская область", "Атырауская область",
    "Западно-Казахстанская область", "Жамбылская область", "Карагандинская область", "Костанайская область",
    "Кызылординская область", "Мангистауская область", "Павлодарская область", "Северо-Казахстанская область",
    "Туркестанская область", "Восточно-Казахстанская область", "область Абай", "область Жетісу", "область Ұлытау",
};

const std::array<const char *, 24> surnames = {
    "Әбенов", "Нұрғалиев", "Қасымов", "Сәрсенбаев", "Өмірзақов", "Жұмабеков", "Иманғалиев", "Тоқтаров",
    "Бекмұхамбетов", "Ғабдуллин", "Құрманов", "Үсенов", "Есенов", "Шәкенов", "Һәдиев", "Ілиясов",
    "Иванов", "Петренко", "Ким", "Смагулов", "Байжанов", "Ермеков", "Мұқанов", "Серікбаев",
};
const std::array<const char *, 16> givenNames = {
    "Нұрлан", "Айгүл", "Ерлан", "Гүлнар", "Қайрат", "Әсем", "Бауыржан", "Сәуле",
    "Дәурен", "Жанар", "Ғалым", "Өркен", "Тимур", "Елена", "Мирас", "Үміт",
};
const std::array<const char *, 5> nominations = {"AMANAT", "самовыдвижение", "Ауыл", "Ақ жол", "өзін-өзі ұсыну"};

void appendNumber(QByteArray &out, qint64 n)
{
    char buffer[24];
    int length = 0;
    if (n == 0)
        buffer[length++] = '0';
    while (n > 0) {
        buffer[length++] = char('0' + n % 10);
        n /= 10;
    }
    while (length > 0)
        out.append(buffer[--length]);
}

// One synthetic race: its figures, and its candidates' votes drawn from exponential weights.
struct DrawnRace
{
    qint64 voters = 0;
    qint64 issued = 0;
    qint64 cast = 0;
    qint64 invalid = 0;
    qint64 againstAll = 0;
    std::vector<qint64> votes;   // one per candidate
    int winner = 0;              // the candidate with the most votes
};

DrawnRace drawRace(Random &random, int low, int high)
{
    DrawnRace r;
    r.voters = random.between(400, 25000);
    r.issued = qint64(double(r.voters) * (0.45 + 0.5 * random.uniform()));
    r.cast = r.issued - random.between(0, std::min<qint64>(20, r.issued));
    r.invalid = qint64(double(r.cast) * 0.03 * random.uniform());
    const qint64 valid = r.cast - r.invalid;
    r.againstAll = qint64(double(valid) * 0.08 * random.uniform());
    const int candidates = int(random.between(low, high));
    std::vector<double> weights(static_cast<size_t>(candidates));
    double total = 0;
    for (double &w : weights) {
        w = -std::log(1.0 - random.uniform() * 0.999);
        total += w;
    }
    r.votes.resize(static_cast<size_t>(candidates));
    qint64 given = 0;
    for (int i = 0; i < candidates; ++i) {
        r.votes[size_t(i)] = qint64(double(valid - r.againstAll) * weights[size_t(i)] / total);
        given += r.votes[size_t(i)];
    }
    r.votes[0] += (valid - r.againstAll) - given; // every valid vote is someone's
    r.winner = int(std::max_element(r.votes.begin(), r.votes.end()) - r.votes.begin());
    return r;
}

// The surnames in a random order, the race's candidates taking the first ones: no two share one.
void shuffleSurnames(Random &random, std::vector<int> &order)
{
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    for (size_t i = 0; i + 1 < order.size(); ++i)
        std::swap(order[i], order[i + size_t(random.between(0, qint64(order.size() - i - 1)))]);
}

// What every row of a race repeats: the date, where, and the race's figures, up to the candidate.
QByteArray rowPrefix(const QByteArray &date, qint64 region, qint64 district, qint64 race, const DrawnRace &r)
{
    QByteArray prefix;
    prefix.append(date).append(',').append(regions[size_t(region)]).append(",Сынақ ауданы ");
    appendNumber(prefix, district + 1);
    prefix.append(",Сынақ ауылдық округі ");
    appendNumber(prefix, race + 1);
    prefix.append(',');
    appendNumber(prefix, r.voters);
    prefix.append(',');
    appendNumber(prefix, r.issued);
    prefix.append(',');
    appendNumber(prefix, r.cast);
    prefix.append(',');
    appendNumber(prefix, r.invalid);
    prefix.append(',');
    appendNumber(prefix, r.againstAll);
    prefix.append(',');
    return prefix;
}

// A row per candidate, with a name and a nomination drawn for each, and a row for "against
// all". Returns the number of rows.
qint64 appendRows(QByteArray &out, Random &random, const QByteArray &prefix, const DrawnRace &r,
                  const std::vector<int> &order, const QByteArray &source)
{
    const int candidates = int(r.votes.size());
    for (int i = 0; i < candidates; ++i) {
        out.append(prefix).append(surnames[size_t(order[size_t(i)])]).append(' ')
            .append(givenNames[size_t(random.next() % givenNames.size())]).append(',')
            .append(nominations[size_t(random.next() % nominations.size())]).append(',');
        appendNumber(out, r.votes[size_t(i)]);
        out.append(i == r.winner ? ",иә," : ",жоқ,").append(source).append('\n');
    }
    out.append(prefix).append("Барлығына қарсы,,");
    appendNumber(out, r.againstAll);
    out.append(",,").append(source).append('\n');
    return candidates + 1;
}

} // namespace

QString SyntheticGenerator::sourceFor(quint64 seed)
{
    return QStringLiteral("synthetic:sailau-generator?seed=%1").arg(seed);
}

qint64 SyntheticGenerator::writeCsv(const QString &path, const Options &options, QString *error)
{
    // Written beside the target and renamed over it at the end: a disk that fills up leaves no
    // partial file.
    QSaveFile file(path);
    auto failed = [&] {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return qint64(-1);
    };
    // Unbuffered: a write that fails (a full disk) fails here, with its cause.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed();
    Random random(options.seed);
    const QByteArray source = sourceFor(options.seed).toUtf8();
    const QByteArray date = options.date.toUtf8();
    QByteArray out;
    out.reserve(4 << 20);
    out.append("election_date,region,district,settlement,registered_voters,ballots_issued,ballots_cast,invalid,"
               "against_all,candidate_name,nominated_by,votes,is_winner,source_url\n");
    const qint64 districtsPerRegion = std::max<qint64>(1, options.races / (qint64(regions.size()) * 1000) + 1) * 12;
    const int perRace = std::clamp(options.candidatesPerRace, 2, MaxCandidatesPerRace);
    const int low = std::max(1, perRace - 3);
    const int high = std::max(low, perRace + 1);
    qint64 rows = 0;
    static_assert(MaxCandidatesPerRace + 1 <= int(surnames.size()));
    std::vector<int> order(surnames.size());
    for (qint64 race = 0; race < options.races; ++race) {
        const qint64 region = race % qint64(regions.size());
        const qint64 district = (race / qint64(regions.size())) % districtsPerRegion;
        const DrawnRace drawn = drawRace(random, low, high);
        shuffleSurnames(random, order);
        rows += appendRows(out, random, rowPrefix(date, region, district, race, drawn), drawn, order, source);
        if (out.size() > (3 << 20)) {
            if (!TableExport::writeAll(&file, out))
                return failed();
            out.clear();
        }
    }
    if (!TableExport::writeAll(&file, out) || !file.commit())
        return failed();
    return rows;
}

QString SyntheticGenerator::comparisonCorpusPath()
{
    return QStringLiteral(":/sailau/synthetic/comparison-synthetic.json");
}

bool SyntheticGenerator::loadComparisonCorpus(Database &database, QString *error)
{
    const DatasetLoader::Result result = DatasetLoader::load(database, comparisonCorpusPath(), QStringLiteral("synthetic"));
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

bool SyntheticGenerator::addPollingStations(Database &database, qint64 stations, quint64 seed, QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlQuery races(db);
    races.setForwardOnly(true);
    if (!races.exec(QStringLiteral("SELECT id, voters, ballots_issued, ballots_cast, invalid, against_all, batch_id "
                                   "FROM race WHERE synthetic = 1 ORDER BY id"))) {
        if (error)
            *error = races.lastError().text();
        return false;
    }
    struct Race
    {
        qint64 id, voters, issued, cast, invalid, againstAll, batch;
    };
    std::vector<Race> list;
    while (races.next())
        list.push_back({races.value(0).toLongLong(), races.value(1).toLongLong(), races.value(2).toLongLong(),
                        races.value(3).toLongLong(), races.value(4).toLongLong(), races.value(5).toLongLong(),
                        races.value(6).toLongLong()});
    races.finish();
    if (list.empty())
        return true;
    Random random(seed ^ 0x5a5a5a5aULL);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO polling_station (race_id, number, voters, ballots_issued, ballots_cast, "
                                  "invalid, against_all, synthetic, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    qint64 written = 0;
    for (size_t i = 0; i < list.size() && written < stations; ++i) {
        const Race &r = list[i];
        // Share the remaining stations over the remaining races.
        const qint64 left = stations - written;
        const qint64 racesLeft = qint64(list.size() - i);
        qint64 count = std::max<qint64>(left / racesLeft, 0) + (qint64(random.next() % quint64(racesLeft)) < left % racesLeft ? 1 : 0);
        count = std::min(count, left);
        for (qint64 s = 0; s < count; ++s) {
            auto part = [&](qint64 total) { return count == 1 ? total : (total / count + (s == 0 ? total % count : 0)); };
            insert.addBindValue(r.id);
            insert.addBindValue(QStringLiteral("%1").arg(1000 + s));
            insert.addBindValue(part(r.voters));
            insert.addBindValue(part(r.issued));
            insert.addBindValue(part(r.cast));
            insert.addBindValue(part(r.invalid));
            insert.addBindValue(part(r.againstAll));
            insert.addBindValue(r.batch ? QVariant(r.batch) : QVariant(QMetaType::fromType<qint64>()));
            if (!insert.exec()) {
                if (error)
                    *error = insert.lastError().text();
                db.rollback();
                return false;
            }
            ++written;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace Sailau
