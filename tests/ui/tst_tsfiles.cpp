// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues in resources/translations are complete: no unfinished, vanished or
// obsolete entries, every plural form given, and every placeholder of the source kept.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type;            // translation type: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;       // the translation, or its plural forms
    qint64 line = 0;
};

struct Catalogue
{
    QString language;
    QList<Entry> entries;
    QString error;
};

Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                entry = Entry();
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                entry.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform") && inMessage) {
                entry.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            catalogue.entries.append(entry);
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ru")))
        return 3;   // 1 голос, 2 голоса, 5 голосов
    // Qt Linguist's rules, which lupdate and lrelease apply, give Kazakh a form for 1 and one for
    // the rest, even where both read the same (1 дауыс, 5 дауыс).
    if (language.startsWith(QLatin1String("kk")))
        return 2;
    return 2;       // English
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

QString where(const QString &file, const Entry &e)
{
    return QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(e.line).arg(e.context, e.source.left(60));
}

} // namespace

class tst_TsFiles : public QObject
{
    Q_OBJECT
private slots:
    void catalogues_data();
    void catalogues();
    void everyLanguageIsThere();
};

void tst_TsFiles::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SAILAU_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void tst_TsFiles::catalogues()
{
    QFETCH(QString, path);
    const QString file = QFileInfo(path).fileName();
    const Catalogue c = read(path);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY2(!c.language.isEmpty(), "the catalogue names no language");
    QVERIFY2(!c.entries.isEmpty(), "the catalogue is empty");
    const bool pluralOnly = file.startsWith(QLatin1String("sailau_en"));
    QStringList problems;
    QSet<QString> seen;
    for (const Entry &e : c.entries) {
        const QString at = where(file, e);
        if (e.type == QLatin1String("unfinished"))
            problems.append(at + QStringLiteral(": unfinished"));
        else if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
            problems.append(at + QStringLiteral(": %1 (run the update_translations target, which drops it)").arg(e.type));
        if (seen.contains(e.context + QChar(0) + e.source))
            problems.append(at + QStringLiteral(": given twice"));
        seen.insert(e.context + QChar(0) + e.source);
        if (pluralOnly && !e.numerus)
            problems.append(at + QStringLiteral(": the English catalogue holds plural forms only"));
        if (e.numerus && e.forms.size() != pluralForms(c.language))
            problems.append(at + QStringLiteral(": %1 plural forms, %2 wanted").arg(e.forms.size()).arg(pluralForms(c.language)));
        const QSet<QString> wanted = placeholders(e.source);
        for (const QString &form : e.forms) {
            if (e.type.isEmpty() && form.trimmed().isEmpty()) {
                problems.append(at + QStringLiteral(": empty translation"));
                continue;
            }
            // Each form keeps the source's %1, %2 …; a plural form may say the number in words.
            QSet<QString> missing = wanted - placeholders(form);
            if (e.numerus)
                missing.remove(QStringLiteral("%n"));
            if (!missing.isEmpty() && e.type.isEmpty())
                problems.append(at + QStringLiteral(": the translation \"%1\" lacks %2")
                                         .arg(form.left(60), QStringList(missing.values()).join(QLatin1Char(' '))));
            if (form.count(QLatin1Char('&')) - form.count(QLatin1String("&&")) * 2 > 1 && e.source.count(QLatin1Char('&')) <= 1
                && !form.contains(QLatin1Char('<')))
                problems.append(at + QStringLiteral(": more than one accelerator (&) in \"%1\"").arg(form.left(60)));
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems).mid(0, 40))
            qWarning("%s", qPrintable(p));
        QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2; run `cmake --build <build> --target update_translations` "
                                        "and translate the new entries")
                             .arg(problems.size())
                             .arg(file)));
    }
}

void tst_TsFiles::everyLanguageIsThere()
{
    const QDir dir(QStringLiteral(SAILAU_TRANSLATIONS_DIR));
    for (const char *name : {"sailau_kk.ts", "sailau_ru.ts", "sailau_en.ts", "qtbase_kk.ts"})
        QVERIFY2(dir.exists(QString::fromLatin1(name)), name);
    // Kazakh and Russian translate the same strings.
    const Catalogue kk = read(dir.filePath(QStringLiteral("sailau_kk.ts")));
    const Catalogue ru = read(dir.filePath(QStringLiteral("sailau_ru.ts")));
    QCOMPARE(kk.entries.size(), ru.entries.size());
    QVERIFY(kk.entries.size() > 100);
}

QTEST_APPLESS_MAIN(tst_TsFiles)
#include "tst_tsfiles.moc"
