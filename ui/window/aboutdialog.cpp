// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Sailau {

namespace {

const char *const homepage = "https://github.com/sailau/sailau";

QTextBrowser *page(const QString &html, const QString &accessibleName, QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    browser->setAccessibleName(accessibleName);
    browser->setFrameShape(QFrame::NoFrame);
    return browser;
}

} // namespace

QStringList AboutDialog::sampleSourceSites()
{
    QFile file(QStringLiteral(":/sailau/sample/pilot-2023.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray sources = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("sources")).toArray();
    QMap<QString, int> cited;
    for (const QJsonValue &s : sources) {
        const QUrl url(s.toObject().value(QLatin1String("url")).toString());
        QString host = url.host().toLower();
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        if (url.path().contains(QLatin1String("/wikipedia_")))
            host = QStringLiteral("wikipedia.org");
        if (!host.isEmpty())
            ++cited[host];
    }
    QStringList sites = cited.keys();
    std::stable_sort(sites.begin(), sites.end(), [&](const QString &a, const QString &b) { return cited[a] > cited[b]; });
    return sites;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sailau"));

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sailau.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("Sailau icon"));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<h2>Sailau %1</h2><p>Explore Kazakhstan's direct elections of akims: regions, districts, "
                      "races and candidates, with the source of every figure.</p>")
                       .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(SAILAU_VERSION)
                                                                             : QCoreApplication::applicationVersion()));
    title->setWordWrap(true);
    head->addWidget(title, 1);
    layout->addLayout(head);

    const QString site = QString::fromLatin1(homepage);
    const QString about =
        tr("<p>Sailau (“сайлау”, election) keeps what is known about each race, says what is missing, and "
           "never turns an unknown figure into 0.</p>"
           "<p>Version %1, built with Qt %2, running on Qt %3.</p>"
           "<p>Home page: <a href=\"%4\">%4</a></p>")
            .arg(QStringLiteral(SAILAU_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), site);
    m_tabs->addTab(page(about, tr("About"), m_tabs), tr("&About"));

    const QString licence =
        tr("<p>Copyright © the Sailau developers.</p>"
           "<p>Sailau is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version.</p>"
           "<p>Sailau is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even "
           "the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a> for more "
           "details.</p>"
           "<p>Sailau uses Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (public domain) and QuaZip "
           "(LGPL-2.1).</p>");
    m_tabs->addTab(page(licence, tr("Licence"), m_tabs), tr("&Licence"));

    QStringList sites;
    for (const QString &s : sampleSourceSites())
        sites.append(s.toHtmlEscaped());
    const QString data =
        tr("<p>The bundled sample holds the 5 November 2023 pilot elections of akims of districts and cities "
           "of regional significance, and the 2021 rural-election totals, as public sources reported them: "
           "press releases of the Central Election Commission and regional akimats, as carried by news "
           "sites, and the news reports themselves.</p>"
           "<p>Its figures come from reports published by: %1.</p>"
           "<p>Every figure keeps the address of the report it comes from: the race details show it, and "
           "exports carry it. Names of regions are given as their Kazakh, Russian and English official "
           "forms.</p>"
           "<p>Data you import is yours: Sailau sends nothing anywhere.</p>")
            .arg(sites.join(QStringLiteral(", ")));
    m_tabs->addTab(page(data, tr("Data sources"), m_tabs), tr("&Data Sources"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Tab: the tabs, the page shown (its links one by one), Close.
    QWidget *previous = m_tabs->findChild<QTabBar *>();
    for (int i = 0; i < m_tabs->count(); ++i) {
        setTabOrder(previous, m_tabs->widget(i));
        previous = m_tabs->widget(i);
    }
    setTabOrder(previous, close);
    close->setFocus();
    resize(560, 460);
}

} // namespace Sailau
