// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundreader.h"
#include "charts/chartdata.h"
#include "candidateprofilemodel.h"
#include "comparemodel.h"
#include "comparetabs.h"

#include <QDialog>
#include <QSplitter>
#include <QSqlDatabase>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QVBoxLayout;

class QTableView;
class QTableWidget;
class QTabWidget;

namespace Sailau {

class Store;
struct ComparisonScope;

namespace Charts {
class ChartCanvas;
}

// View → Compare Elections: the user ticks two or more election days and chooses the country or
// a region; the territories' races are lined up in a table (the figure chosen under "Show"), with
// charts of turnout and competitiveness by election, the line of the territory selected in the
// table, the figures of each day, the candidates by nomination, and the candidates' sex, age and
// incumbency by day and by region. Every chart exports as the
// others do.
class CompareView : public QDialog
{
    Q_OBJECT
public:
    explicit CompareView(QSqlDatabase db, QWidget *parent = nullptr);

    // The days ticked, oldest first, and the chosen territory (0: the country).
    QList<QDate> selectedDays() const;
    qint64 selectedTerritory() const;
    void setSelectedDays(const QList<QDate> &days);
    void setSelectedTerritory(qint64 territoryId);

    CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *dayList() const { return m_days; }
    QComboBox *territoryCombo() const { return m_territory; }
    QComboBox *figureCombo() const { return m_figure; }
    QTabWidget *chartTabs() const { return m_tabs; }
    QTableWidget *aggregatesTable() const { return m_tabs->aggregatesTable(); }
    QTableWidget *nominationsTable() const { return m_tabs->nominationsTable(); }
    // The Nominations tab: the table and the chart of votes and wins by nomination.
    QWidget *nominationsTab() const { return m_tabs->nominationsTab(); }
    // The Candidates tab: the table of the candidates' sex, age and incumbency and its two charts.
    QWidget *candidatesTab() const { return m_tabs->candidatesTab(); }
    QTableView *candidatesTable() const { return m_tabs->candidatesTable(); }
    CandidateProfileModel *candidatesModel() const { return m_tabs->candidatesModel(); }
    Charts::ChartCanvas *canvas(Charts::ChartId chart) const { return m_tabs->canvas(chart); }
    const Charts::ChartData &chartData() const { return m_chartData; }
    // The comparison chart of the current tab (CompareCandidates on the Candidates tab,
    // CompareTurnout on the tables' tabs).
    Charts::ChartId currentChart() const { return m_tabs->currentChart(); }

    // Comparisons of more races than this are read on the readers' thread while the view stays
    // responsive (the status line says so); fewer are read at once.
    static inline int backgroundRaces = BackgroundReader::LargeDay;
    // Whether a comparison is being read on the readers' thread.
    bool isReading() const { return m_reader->isBusy(); }
    // Whether the candidates of the comparison (for the Nominations and Candidates tabs, which
    // read every candidate) are being read on the readers' thread; past backgroundRaces they are.
    bool isReadingCandidates() const { return m_candidateReader->isBusy(); }

signals:
    // A comparison was read and shown (at once, or when a background read ended).
    void comparisonShown();
    // The Nominations and Candidates tabs were filled from a read on the readers' thread.
    void candidatesShown();

public slots:
    // Reads the comparison again for the days and territory chosen.
    void reload();
    void exportCurrentChart();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void addDayList(QHBoxLayout *choices, const Store &store);
    void addChoiceForm(QHBoxLayout *choices, const Store &store);
    void addTable(QSplitter *splitter);
    void addButtons(QVBoxLayout *layout);
    void connectChoices();
    void restoreLayout();
    void showNoComparison();
    void readInBackground(const ComparisonScope &scope, int races);
    void fillNominations();
    void fillCandidates();
    void showCandidates(const QString &error);
    bool readsCandidatesInBackground() const;
    void readCandidates();
    void rowChanged();
    int selectedRaces() const;
    void showComparison(std::shared_ptr<Comparison> comparison);

    QSqlDatabase m_db;
    CompareModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListWidget *m_days;
    QComboBox *m_territory;
    QComboBox *m_figure;
    QTableView *m_table;
    CompareTabs *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_status;
    QPushButton *m_export;
    Charts::ChartData m_chartData;
    bool m_filling = false;
    BackgroundReader *m_reader;
    BackgroundReader *m_candidateReader;
    const Comparison *m_candidatesReadOf = nullptr;   // the comparison whose candidates are being read
    QString m_comparisonStatus;                       // the status line while they are
    bool m_nominationsDirty = true;   // read when their tab is shown: every candidate is read
    bool m_candidatesDirty = true;    // the same for the Candidates tab
};

} // namespace Sailau
