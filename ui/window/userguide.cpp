// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace Sailau {

QUrl UserGuide::source(Language language)
{
    const QString localised = QStringLiteral(":/docs/user-guide.%1.md").arg(languageCode(language));
    if (language != Language::English && QFile::exists(localised))
        return QUrl(QStringLiteral("qrc") + localised);
    return QUrl(QStringLiteral("qrc:/docs/user-guide.md"));
}

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Sailau User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(source(displayLanguage()), QTextDocument::MarkdownResource);
    layout->addWidget(m_browser, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuide::fitImages);
    m_browser->viewport()->installEventFilter(this);
    m_browser->setFocus();
    resize(900, 720);
    fitImages();
}

bool UserGuide::eventFilter(QObject *watched, QEvent *event)
{
    // The page's own size, not the dialog's: when the dialog is first shown its resize comes
    // before the browser has its final size.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

// Screenshots are wider than the page: show them at the page's width at most.
void UserGuide::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const double width = std::max(200.0, m_browser->viewport()->width() - 2 * doc->documentMargin() - 8);
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            QImage picture = resource.value<QImage>();
            if (picture.isNull()) {
                picture.load(QStringLiteral(":/docs/") + image.name());
                if (picture.isNull())
                    continue;
            }
            const double natural = picture.width() / std::max(1.0, picture.devicePixelRatio());
            const double shown = std::min(natural, width);
            if (std::abs(image.width() - shown) < 1)
                continue;
            image.setWidth(shown);
            image.setHeight(shown * picture.height() / std::max(1, picture.width()));
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace Sailau
