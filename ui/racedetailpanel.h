// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;

namespace Sailau {

class CandidateListModel;

// Everything known about one race: its figures with their sources, the metrics (with the reason
// where one is missing), the candidates with "against all", and the sources as links.
class RaceDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RaceDetailPanel(QWidget *parent = nullptr);

    void setRace(const std::optional<RaceDetail> &race);
    std::optional<RaceDetail> race() const { return m_race; }
    CandidateListModel *candidateModel() const { return m_candidates; }
    QTableView *candidateView() const { return m_candidateView; }
    // The value label of a figure ("voters", "against_all", …) or metric key, for tests.
    QLabel *valueLabel(const QString &key) const;
    QLabel *sourcesLabel() const { return m_sources; }
    QLabel *titleLabel() const { return m_title; }

private:
    void clearGrid(QGridLayout *grid);
    QString sourceMarks(const QStringList &urls);
    // The parts of a race, in the order their sources are numbered.
    void showTitle(const RaceDetail &r);
    void showFigures(const RaceDetail &r);
    void addFigure(int row, const QString &key, const QString &text, bool known, const QStringList &sources);
    void showMetrics(const RaceDetail &r);
    QString metricNote(const RaceDetail &r, Metrics::Metric metric, bool *validVotesNoted, QString *noteTooltip) const;
    void addMetric(int row, const Metrics &m, Metrics::Metric metric, const QString &note, const QString &noteTooltip);
    void showSources(const RaceDetail &r);
    void showCandidateColumns(const RaceDetail &r);

    std::optional<RaceDetail> m_race;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_figures;
    QGridLayout *m_metrics;
    CandidateListModel *m_candidates;
    QTableView *m_candidateView;
    QLabel *m_sources;
    QLabel *m_empty;
    QLabel *m_noCandidates;
    QWidget *m_content;
    QStringList m_sourceOrder;
    QHash<QString, QLabel *> m_valueLabels;
};

} // namespace Sailau
