// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedpanel.h"

#include "databasehealth.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Sailau {

DamagedPanel::DamagedPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("damagedPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon, 0, Qt::AlignTop);

    // The text in a column of reading width; the labels wrap inside it (a label of its own
    // maximum width would be given the height of a wider one, and lose its last lines).
    auto *content = new QWidget(this);
    content->setMaximumWidth(800);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("damageTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    column->addWidget(m_title);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("damageMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open Another Database…"), content);
    m_open->setObjectName(QStringLiteral("damageOpenButton"));
    m_restore = new QPushButton(tr("&Restore the Backup…"), content);
    m_restore->setObjectName(QStringLiteral("damageRestoreButton"));
    m_new = new QPushButton(tr("&New Database…"), content);
    m_new->setObjectName(QStringLiteral("damageNewButton"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    column->addSpacing(12);
    column->addLayout(buttons);
    row->addWidget(content, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &DamagedPanel::openRequested);
    connect(m_restore, &QPushButton::clicked, this, &DamagedPanel::restoreRequested);
    connect(m_new, &QPushButton::clicked, this, &DamagedPanel::newRequested);
}

void DamagedPanel::display(const DatabaseHealth &health)
{
    m_title->setText(tr("The database %1 is damaged").arg(QFileInfo(health.path()).fileName()));
    m_message->setText(health.message());
    const bool backup = !health.backupPath().isEmpty();
    m_restore->setVisible(backup);
    m_restore->setDefault(backup);
    m_open->setDefault(!backup);
    setAccessibleName(m_title->text());
}

} // namespace Sailau
