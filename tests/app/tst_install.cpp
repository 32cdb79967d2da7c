// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` of the build into a temporary prefix puts the program, its desktop entry, its
// icon, its AppStream metainfo and its documentation where a desktop looks for them, the files
// pass the freedesktop validators, and the installed program runs on its own.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(SAILAU_APP_ID);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &home = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = process.errorString();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Rows of CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// The value of key in the [Desktop Entry] group.
QString desktopValue(const QString &text, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1).trimmed();
}

} // namespace

class tst_Install : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filesInPlace();
    void desktopEntry();
    void icon();
    void metainfo();
    void desktopFileValidates();
    void metainfoValidates();
    void installedProgramRuns();

private:
    QString file(const QString &relative) const { return QDir(m_prefix.path()).filePath(relative); }
    QTemporaryDir m_prefix;
    QString m_installLog;
};

void tst_Install::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run r = run(QStringLiteral(SAILAU_CMAKE),
                      {QStringLiteral("--install"), QStringLiteral(SAILAU_BUILD_DIR), QStringLiteral("--prefix"), m_prefix.path()},
                      {}, 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    m_installLog = r.out;
}

void tst_Install::filesInPlace()
{
    const QStringList expected = {
        QStringLiteral("bin/sailau"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/doc/sailau/copyright"),
        QStringLiteral("share/doc/sailau/README.md"),
    };
    for (const QString &relative : expected) {
        const QFileInfo info(file(relative));
        QVERIFY2(info.isFile(), qPrintable(relative + QStringLiteral(" is not installed:\n") + m_installLog));
        QVERIFY2(info.size() > 0, qPrintable(relative));
    }
    QVERIFY(QFileInfo(file(QStringLiteral("bin/sailau"))).isExecutable());
    // The licence is the GPL's text.
    QVERIFY(readText(file(QStringLiteral("share/doc/sailau/copyright"))).contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
    // Nothing lands outside the prefix's usual folders.
    const QStringList top = QDir(m_prefix.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &d : top)
        QVERIFY2(d == QLatin1String("bin") || d == QLatin1String("share"), qPrintable(d));
}

void tst_Install::desktopEntry()
{
    const QString text = readText(file(QStringLiteral("share/applications/%1.desktop").arg(appId)));
    QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]")));
    QCOMPARE(desktopValue(text, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(desktopValue(text, QStringLiteral("Name")), QStringLiteral("Sailau"));
    QCOMPARE(desktopValue(text, QStringLiteral("Icon")), appId);
    // The program it starts is the installed one, and it takes a file.
    const QString exec = desktopValue(text, QStringLiteral("Exec"));
    QVERIFY2(exec.startsWith(QLatin1String("sailau")), qPrintable(exec));
    QVERIFY(exec.contains(QLatin1String("%f")) || exec.contains(QLatin1String("%F")));
    QVERIFY(QFileInfo(file(QStringLiteral("bin/") + desktopValue(text, QStringLiteral("TryExec")))).isExecutable());
    // Names for the Kazakh and Russian desktop, Kazakh letters intact.
    QVERIFY(!desktopValue(text, QStringLiteral("Comment[kk]")).isEmpty());
    QVERIFY(!desktopValue(text, QStringLiteral("Comment[ru]")).isEmpty());
    QVERIFY(desktopValue(text, QStringLiteral("Comment[kk]")).contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))));
}

void tst_Install::icon()
{
    QFile svg(file(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId)));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    // Square, so that it is drawn the same at every size.
    const auto attributes = xml.attributes();
    const QString viewBox = attributes.value(QLatin1String("viewBox")).toString();
    QVERIFY2(!viewBox.isEmpty(), "the icon has no viewBox");
    const QStringList box = viewBox.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    QCOMPARE(box.size(), 4);
    QCOMPARE(box.at(2).toDouble(), box.at(3).toDouble());
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void tst_Install::metainfo()
{
    QFile meta(file(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&meta);
    QString id, launchable, binary, release, licence;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binary = xml.readElementText();
        else if (name == QLatin1String("project_license"))
            licence = xml.readElementText();
        else if (name == QLatin1String("release") && release.isEmpty())
            release = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    QCOMPARE(binary, QStringLiteral("sailau"));
    QCOMPARE(licence, QStringLiteral("GPL-3.0-or-later"));
    // The release it names is the version the program says it is.
    const Run r = run(file(QStringLiteral("bin/sailau")), {QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("sailau ") + release);
}

void tst_Install::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const Run r = run(validator, {file(QStringLiteral("share/applications/%1.desktop").arg(appId))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Hints are fine; errors and warnings are not.
    QVERIFY2(!r.out.contains(QLatin1String("error:")) && !r.out.contains(QLatin1String("warning:")), qPrintable(r.out));
}

void tst_Install::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const Run r = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  file(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void tst_Install::installedProgramRuns()
{
    const QString program = file(QStringLiteral("bin/sailau"));
    const Run version = run(program, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^sailau \\d+\\.\\d+\\.\\d+\\s*$")).match(version.out).hasMatch(),
             qPrintable(version.out));
    // The same version as the program in the build tree.
    const Run built = run(QStringLiteral(SAILAU_BINARY), {QStringLiteral("--version")});
    QCOMPARE(version.out, built.out);

    // With a fresh home it creates the default database with the sample, from what it carries
    // inside itself: nothing of the build tree is needed.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run metrics = run(program, {QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("csv")}, home.path());
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    const QStringList lines = metrics.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 1, qPrintable(metrics.out));
    QVERIFY(lines.first().contains(QLatin1Char(',')));

    // Figures for other programs stay machine-readable in every language: decimal points, no
    // thousands separators, ISO dates.
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}) {
        const Run csv = run(program, {QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--language"), language}, home.path());
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QStringList> rows = csvRows(csv.out);
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.first();
        const QStringList numeric = {QStringLiteral("voters"), QStringLiteral("ballots_issued"), QStringLiteral("ballots_cast"),
                                     QStringLiteral("turnout"), QStringLiteral("winner_share"), QStringLiteral("margin"),
                                     QStringLiteral("enc_laakso_taagepera"), QStringLiteral("candidates")};
        const QRegularExpression number(QStringLiteral("^(-?\\d+(\\.\\d+)?)?$"));
        const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        int figures = 0;
        for (int r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).size(), header.size());
            for (const QString &column : numeric) {
                const int c = header.indexOf(column);
                QVERIFY2(c >= 0, qPrintable(column));
                const QString value = rows.at(r).at(c);
                QVERIFY2(number.match(value).hasMatch(), qPrintable(QStringLiteral("%1 %2: %3").arg(language, column, value)));
                figures += !value.isEmpty();
            }
            QVERIFY(isoDate.match(rows.at(r).at(header.indexOf(QStringLiteral("date")))).hasMatch());
        }
        QVERIFY(figures > 0);
    }
}

QTEST_GUILESS_MAIN(tst_Install)
#include "tst_install.moc"
