// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QTabWidget;

namespace Sailau {

// Help → About Sailau: version, licence, the sources of the bundled data, and links.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

    // The sites the bundled sample's figures come from ("24.kz", "inform.kz" …), most cited
    // first, read from the sample itself.
    static QStringList sampleSourceSites();

private:
    QTabWidget *m_tabs;
};

} // namespace Sailau
