// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace Sailau {

// Help → User Guide (F1): the guide from docs/, with its screenshots, inside the application.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide in language when it has been written in it, else the English one.
    static QUrl source(Language language);

protected:
    // The browser's page resized: the screenshots follow its width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace Sailau
