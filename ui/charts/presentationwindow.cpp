// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "chartcanvas.h"
#include "chartgraphic.h"
#include "format.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace Sailau::Charts {

PresentationWindow::PresentationWindow(QSqlDatabase db, const QList<Slide> &slides, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_slides(slides)
    , m_data(m_db)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sailau — Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    const ChartTheme theme = ChartTheme::make(ThemeId::Presentation);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.background);
    p.setColor(QPalette::WindowText, theme.foreground);
    setPalette(p);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("presentationNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_canvas = new ChartCanvas(this);
    m_canvas->chartView()->setFocusPolicy(Qt::NoFocus);
    m_canvas->mapView()->setFocusPolicy(Qt::NoFocus);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("presentationFooter"));
    m_footer->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_footer);

    if (m_slides.isEmpty())
        m_slides.append(Slide{});
    const Store store(m_db);
    if (const auto country = store.country())
        m_regions.append(country->id);
    QHash<qint64, int> races;
    for (const TerritoryInfo &r : store.regions())
        m_regions.append(r.id);
    m_territoryId = m_slides.first().territoryId;
}

double PresentationWindow::basePixels() const
{
    // 24 pt at 96 DPI is 32 px; on a taller screen the type grows with it.
    const int lines = height() > 0 ? height() : 1080;
    return std::max(32.0, 32.0 * lines / 1080.0);
}

void PresentationWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showSlide(0);
    showFullScreen();
    activateWindow();
    setFocus();
}

void PresentationWindow::showSlide(int index)
{
    m_index = std::clamp(index, 0, count() - 1);
    m_territoryId = m_slides.at(m_index).territoryId;
    rebuild();
    emit slideChanged(m_index);
}

void PresentationWindow::next()
{
    if (m_index + 1 < count())
        showSlide(m_index + 1);
}

void PresentationWindow::previous()
{
    if (m_index > 0)
        showSlide(m_index - 1);
}

void PresentationWindow::nextRegion()
{
    moveRegion(1);
}

void PresentationWindow::previousRegion()
{
    moveRegion(-1);
}

void PresentationWindow::moveRegion(int step)
{
    if (m_regions.isEmpty())
        return;
    qint64 current = m_territoryId ? m_territoryId : m_regions.first();
    int at = int(m_regions.indexOf(current));
    if (at < 0) {
        // A district: step from its region.
        if (const auto region = Store(m_db).regionOf(current))
            at = int(m_regions.indexOf(region->id));
    }
    at = std::clamp(at + step, 0, int(m_regions.size()) - 1);
    m_territoryId = m_regions.at(at) == m_regions.first() ? 0 : m_regions.at(at);
    rebuild();
}

void PresentationWindow::rebuild()
{
    const Slide &slide = m_slides.at(m_index);
    const double base = basePixels();
    m_data.setScope(slide.day, m_territoryId);
    const ChartModel model = m_data.build(slide.chart, slide.metric);
    const ChartTheme theme = ChartTheme::make(ThemeId::Presentation, base / 32.0);

    QFont title = theme.font(1.5, true);
    m_title->setFont(title);
    m_title->setText(QStringLiteral("%1 — %2").arg(model.title, model.scope));
    m_note->setFont(theme.font(1.0));
    m_note->setText(model.note);
    m_footer->setFont(theme.font(1.0));
    m_footer->setText(tr("%1 / %2    ←/→ charts   ↑/↓ regions   Esc ends").arg(m_index + 1).arg(count()));
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, theme.muted);
    m_note->setPalette(muted);
    m_footer->setPalette(muted);

    RenderHints hints;
    const int canvasHeight = m_canvas->height() > 50 ? m_canvas->height() : int(height() * 0.7);
    hints.maxLabelledBars = std::max(6, int(canvasHeight / (theme.basePixels * 1.3)));
    auto graphic = std::make_unique<ChartGraphic>(model, theme, hints);
    m_canvas->setGraphic(std::move(graphic));
    m_builtHeight = height();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Down:
        nextRegion();
        break;
    case Qt::Key_Up:
        previousRegion();
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(count() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The type follows the screen: build again when the height changed much.
    if (m_builtHeight && std::abs(height() - m_builtHeight) > 40)
        rebuild();
}

} // namespace Sailau::Charts
