// SPDX-License-Identifier: GPL-3.0-or-later
#include "textkey.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Sailau::TextKey {

namespace {

// Lower-case letter → Latin skeleton. Letters that sources confuse share one skeleton:
// и/й/і/ы/y/ı → i, ә/а → a, ө/о → o, ұ/ү/у → u, ғ/г → g, қ/к/q → k, ң/н → n.
QStringView skeletonOf(char16_t c)
{
    switch (c) {
    case u'а': case u'ә': return u"a";
    case u'б': return u"b";
    case u'в': return u"v";
    case u'г': case u'ғ': return u"g";
    case u'д': return u"d";
    case u'е': case u'ё': case u'э': case u'є': return u"e";
    case u'ж': return u"zh";
    case u'з': return u"z";
    case u'и': case u'й': case u'і': case u'ы': case u'ї': return u"i";
    case u'к': case u'қ': return u"k";
    case u'л': return u"l";
    case u'м': return u"m";
    case u'н': case u'ң': return u"n";
    case u'о': case u'ө': return u"o";
    case u'п': return u"p";
    case u'р': return u"r";
    case u'с': return u"s";
    case u'т': return u"t";
    case u'у': case u'ұ': case u'ү': case u'ў': return u"u";
    case u'ф': return u"f";
    case u'х': return u"kh";
    case u'һ': return u"h";
    case u'ц': return u"ts";
    case u'ч': return u"ch";
    case u'ш': case u'щ': return u"sh";
    case u'ъ': case u'ь': return u"";
    case u'ю': return u"iu";
    case u'я': return u"ia";
    // Kazakh Latin alphabets (2018, 2021) and common transliterations.
    case u'y': case u'ı': return u"i";
    case u'ý': return u"u";
    case u'q': return u"k";
    case u'j': return u"zh";
    case u'w': return u"u";
    case u'ä': return u"a";
    case u'ö': return u"o";
    case u'ü': case u'ū': return u"u";
    case u'ğ': return u"g";
    case u'ñ': return u"n";
    case u'ş': return u"sh";
    case u'ç': return u"ch";
    default: break;
    }
    return {};
}

bool isCombiningMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Words that say what kind of unit a name is, in folded form.
const QStringList &unitWordList()
{
    static const QStringList words = {
        // Russian
        QStringLiteral("raion"), QStringLiteral("raiona"), QStringLiteral("oblast"),
        QStringLiteral("oblasti"), QStringLiteral("gorod"), QStringLiteral("goroda"),
        QStringLiteral("g"), QStringLiteral("imeni"), QStringLiteral("selo"),
        QStringLiteral("poselok"), QStringLiteral("selskii"), QStringLiteral("okrug"),
        QStringLiteral("sielskii"), QStringLiteral("aul"),
        // Kazakh (Cyrillic and Latin fold alike)
        QStringLiteral("audani"), QStringLiteral("audan"), QStringLiteral("oblisi"),
        QStringLiteral("obl"), QStringLiteral("kalasi"), QStringLiteral("kala"),
        QStringLiteral("atindagi"), QStringLiteral("auildik"), QStringLiteral("okrugi"),
        QStringLiteral("auili"), QStringLiteral("auil"), QStringLiteral("kent"),
        QStringLiteral("kenti"),
        // English
        QStringLiteral("district"), QStringLiteral("region"), QStringLiteral("province"),
        QStringLiteral("citi"), QStringLiteral("town"), QStringLiteral("village"),
        QStringLiteral("rural"), QStringLiteral("of"), QStringLiteral("the"),
    };
    return words;
}

// Whether a folded word is one of those: compared with the few of its length (a dozen short
// words; hashing each word of every name cost more than the comparisons).
bool isUnitWord(QStringView word)
{
    static const std::vector<std::vector<QString>> byLength = [] {
        std::vector<std::vector<QString>> v;
        for (const QString &w : unitWordList()) {
            if (v.size() <= size_t(w.size()))
                v.resize(size_t(w.size()) + 1);
            v[size_t(w.size())].push_back(w);
        }
        return v;
    }();
    if (size_t(word.size()) >= byLength.size())
        return false;
    for (const QString &w : byLength[size_t(word.size())]) {
        if (QStringView(w) == word)
            return true;
    }
    return false;
}

const QStringView adjectiveEndings[] = {u"skogo", u"skaia", u"skoe", u"skoi", u"skii", u"ski"};

QStringView stripAdjectiveEnding(QStringView word)
{
    for (QStringView ending : adjectiveEndings) {
        if (word.size() > ending.size() + 2 && word.endsWith(ending))
            return word.left(word.size() - ending.size());
    }
    return word;
}

} // namespace

namespace {

// What fold() writes for one character (of text already composed): pieces appended, or a word
// break; Out provides append(QStringView) and space().
template <typename Out>
void foldOne(QChar original, Out &out)
{
    const char16_t u = original.unicode();
    // ASCII letters and digits: the common case.
    if (u < 0x80) {
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            const char16_t lower = u | 0x20;
            const QStringView skeleton = skeletonOf(lower);
            if (!skeleton.isNull()) {
                out.append(skeleton);
            } else {
                const QChar c(lower);
                out.append(QStringView(&c, 1));
            }
        } else if (u >= u'0' && u <= u'9') {
            out.append(QStringView(&original, 1));
        } else {
            out.space();
        }
        return;
    }
    // Invisible characters (zero-width space and joiners, soft hyphen, byte order mark, direction
    // marks) are not part of a name: "Акко\u200Bльский" is "Аккольский".
    if (original.category() == QChar::Other_Format)
        return;
    const QChar c = original.toCaseFolded();
    const QStringView skeleton = skeletonOf(c.unicode());
    if (!skeleton.isNull()) {
        out.append(skeleton); // ъ and ь map to nothing and leave no space
        return;
    }
    if (c.decompositionTag() == QChar::Canonical) {
        // A Latin letter with a diacritic that has no mapping of its own: keep the base letter.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar d : decomposed) {
            if (isCombiningMark(d))
                continue;
            const QStringView s = skeletonOf(d.toCaseFolded().unicode());
            if (!s.isNull())
                out.append(s);
            else if (d.isLetterOrNumber())
                out.append(QStringView(&d, 1));
        }
        return;
    }
    if (c.isLetterOrNumber())
        out.append(QStringView(&c, 1));
    else if (!isCombiningMark(c))
        out.space();
}

// foldOne() worked out once for every character of the Latin, Cyrillic and combining-mark blocks
// (all but a few names are written in these): a lookup instead of case folding, Unicode
// properties and a switch per character.
class FoldTable
{
public:
    static constexpr char16_t Size = 0x0500;
    struct Step
    {
        enum Kind : quint8 { Nothing, Space, Text, General } kind = General;
        quint8 size = 0;
        char16_t text[2] = {};
    };

    FoldTable()
    {
        struct Recorder
        {
            QString text;
            bool spaced = false;
            void append(QStringView piece) { text += piece; }
            void space() { spaced = true; }
        };
        for (char16_t u = 0; u < Size; ++u) {
            Recorder r;
            foldOne(QChar(u), r);
            Step &step = m_steps[u];
            if (r.spaced && r.text.isEmpty()) {
                step.kind = Step::Space;
            } else if (!r.spaced && r.text.isEmpty()) {
                step.kind = Step::Nothing;
            } else if (!r.spaced && r.text.size() <= 2) {
                step.kind = Step::Text;
                step.size = quint8(r.text.size());
                for (qsizetype i = 0; i < r.text.size(); ++i)
                    step.text[i] = r.text.at(i).unicode();
            } // else foldOne() itself, character by character
            m_combining[u] = u >= 0x0300 && isCombiningMark(QChar(u));
        }
    }
    const Step &step(char16_t u) const { return m_steps[u]; }
    bool combining(char16_t u) const { return m_combining[u]; }

private:
    Step m_steps[Size];
    bool m_combining[Size];
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// The folded text as it is written: words of letters and digits, one space between them.
struct Folded
{
    QVarLengthArray<char16_t, 128> out;
    bool pendingSpace = false;
    void append(QStringView piece)
    {
        if (piece.isEmpty())
            return;
        if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        pendingSpace = false;
        out.append(piece.utf16(), piece.size());
    }
    void space() { pendingSpace = true; }
};

// The Cyrillic letter a Latin one looks like, or 0.
char16_t cyrillicLookAlike(char16_t u)
{
    switch (u) {
    case u'A': return u'А'; case u'a': return u'а';
    case u'B': return u'В';
    case u'C': return u'С'; case u'c': return u'с';
    case u'E': return u'Е'; case u'e': return u'е';
    case u'H': return u'Н';
    case u'I': return u'І'; case u'i': return u'і';
    case u'K': return u'К'; case u'k': return u'к';
    case u'M': return u'М';
    case u'O': return u'О'; case u'o': return u'о';
    case u'P': return u'Р'; case u'p': return u'р';
    case u'T': return u'Т';
    case u'X': return u'Х'; case u'x': return u'х';
    case u'Y': return u'У'; case u'y': return u'у';
    default: return 0;
    }
}

bool isCyrillicLetter(char16_t u)
{
    return u >= 0x0400 && u <= 0x04FF;
}

// Latin letters inside a word that has Cyrillic letters are the Cyrillic letters they look like
// (a name typed on a keyboard switched half-way: "Аккольcкий" with a Latin "c"). Words of Latin
// letters only stay as they are ("Pavlodar"). Returns an empty string when nothing changes.
QString cyrillicWords(QStringView text)
{
    bool latin = false, cyrillic = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        latin = latin || cyrillicLookAlike(u) != 0;
        cyrillic = cyrillic || isCyrillicLetter(u);
    }
    if (!latin || !cyrillic)
        return {};
    QString out = text.toString();
    qsizetype start = 0;
    const qsizetype size = out.size();
    while (start < size) {
        // A word: letters, combining marks and invisible characters.
        auto inWord = [&out](qsizetype i) {
            const QChar c = out.at(i);
            return c.isLetter() || c.isMark() || c.category() == QChar::Other_Format;
        };
        if (!inWord(start)) {
            ++start;
            continue;
        }
        qsizetype end = start;
        bool hasCyrillic = false;
        while (end < size && inWord(end)) {
            hasCyrillic = hasCyrillic || isCyrillicLetter(out.at(end).unicode());
            ++end;
        }
        if (hasCyrillic) {
            for (qsizetype i = start; i < end; ++i) {
                if (const char16_t cyr = cyrillicLookAlike(out.at(i).unicode()))
                    out[i] = QChar(cyr);
            }
        }
        start = end;
    }
    return out;
}

} // namespace

QString fold(QStringView text)
{
    const FoldTable &table = foldTable();
    // Mixed Latin and Cyrillic: the look-alikes first.
    const QString unmixed = cyrillicWords(text);
    if (!unmixed.isEmpty())
        text = unmixed;
    // Only text with combining marks needs NFC first (a letter and its mark become one letter);
    // most names are already composed, and decomposing every name would cost more than the rest.
    QString composed;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && (u < FoldTable::Size ? table.combining(u) : isCombiningMark(c))) {
            composed = text.toString().normalized(QString::NormalizationForm_C);
            text = composed;
            break;
        }
    }
    Folded folded;
    for (QChar original : text) {
        const char16_t u = original.unicode();
        if (u < FoldTable::Size) {
            const FoldTable::Step &step = table.step(u);
            switch (step.kind) {
            case FoldTable::Step::Nothing:
                continue;
            case FoldTable::Step::Space:
                folded.space();
                continue;
            case FoldTable::Step::Text:
                folded.append(QStringView(step.text, step.size));
                continue;
            case FoldTable::Step::General:
                break;
            }
        }
        foldOne(original, folded);
    }
    return QString(reinterpret_cast<const QChar *>(folded.out.constData()), folded.out.size());
}

QString searchKey(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : names) {
        const QString key = fold(name);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        return {};
    return QLatin1Char('|') + keys.join(QLatin1Char('|')) + QLatin1Char('|');
}

QString nameKey(QStringView name)
{
    return fold(name);
}

QString territoryMatchKey(QStringView name)
{
    // Abbreviations of unit words: "Осакаровский р-н", "Карагандинская обл.", "Қосшы а/о".
    static const QRegularExpression abbreviations(
        QStringLiteral("(?<![\\p{L}])(р-н|р/н|с/о|с\\.о\\.|а/о|а\\.о\\.|обл\\.)(?![\\p{L}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('-')) || name.contains(QLatin1Char('.'))) {
        QString expanded = name.toString();
        expanded.replace(abbreviations, QStringLiteral(" "));
        return territoryMatchKeyOfFolded(fold(expanded), QStringView());
    }
    return territoryMatchKeyOfFolded(fold(name), QStringView());
}

bool isAdjectiveName(QStringView folded)
{
    for (QStringView word : folded.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!isUnitWord(word) && stripAdjectiveEnding(word).size() != word.size())
            return true;
    }
    return false;
}

QString territoryMatchKeyOfFolded(const QString &folded, QStringView name)
{
    if (!name.isNull() && (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('-')) || name.contains(QLatin1Char('.'))))
        return territoryMatchKey(name); // abbreviations to expand first
    QString key;
    key.reserve(folded.size());
    for (QStringView word : QStringView(folded).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (isUnitWord(word))
            continue;
        key += stripAdjectiveEnding(word);
    }
    // A name that is nothing but unit words ("Город") keeps its letters.
    if (key.isEmpty())
        key = QString(folded).remove(QLatin1Char(' '));
    return key;
}

int distance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + cost});
            rowMin = std::min(rowMin, current[size_t(j)]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(b.size())], limit + 1);
}

QString escapeLike(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace Sailau::TextKey
