// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's parts, found by their object names as a test (or a screen reader) finds them.
#pragma once

#include "charts/chartarea.h"
#include "mainwindow.h"
#include "racedetailpanel.h"
#include "racetablemodel.h"
#include "summarypanel.h"
#include "tableexporter.h"
#include "territorytreemodel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

namespace WindowParts {

template<typename T>
T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("the window has no %s", name);
    return found;
}

inline QTreeView *territoryView(const QObject &w) { return part<QTreeView>(w, "territoryView"); }
inline QLineEdit *territorySearch(const QObject &w) { return part<QLineEdit>(w, "territorySearch"); }
inline QTableView *raceView(const QObject &w) { return part<QTableView>(w, "raceView"); }
inline QLineEdit *raceFilter(const QObject &w) { return part<QLineEdit>(w, "raceFilter"); }
inline QComboBox *dayCombo(const QObject &w) { return part<QComboBox>(w, "dayCombo"); }
inline Sailau::RaceDetailPanel *raceDetail(const QObject &w) { return part<Sailau::RaceDetailPanel>(w, "raceDetail"); }
inline Sailau::SummaryPanel *summaryPanel(const QObject &w) { return part<Sailau::SummaryPanel>(w, "summaryPanel"); }
inline Sailau::TerritoryTreeModel *territoryModel(const QObject &w) { return part<Sailau::TerritoryTreeModel>(w, "territoryModel"); }
inline Sailau::RaceTableModel *raceModel(const QObject &w) { return part<Sailau::RaceTableModel>(w, "raceModel"); }
inline QLabel *coverageLabel(const QObject &w) { return part<QLabel>(w, "coverageLabel"); }
inline Sailau::Charts::ChartArea *chartArea(const QObject &w) { return part<Sailau::Charts::ChartArea>(w, "chartArea"); }
inline QDockWidget *territoryDock(const QObject &w) { return part<QDockWidget>(w, "territoryDock"); }
inline QDockWidget *chartDock(const QObject &w) { return part<QDockWidget>(w, "chartDock"); }
inline Sailau::TableExporter *tableExporter(const QObject &w) { return part<Sailau::TableExporter>(w, "tableExporter"); }

} // namespace WindowParts
