// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;

namespace Sailau {

class SummaryModel;

// The summary of the chosen day for the country or a region: published aggregates beside the
// figures Sailau computes, with the sources of the selected row as links.
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setScope(const QDate &day, qint64 territoryId, const QString &title);
    void refresh();
    SummaryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void showSources();
    void fitLongestWord();

    SummaryModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    QLabel *m_sources;
};

} // namespace Sailau
