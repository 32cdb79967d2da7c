// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmodels.h"

#include "appearance.h"

#include "format.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace Sailau {

using namespace Import;

namespace {

QString levelWord(const QString &level)
{
    if (level == QLatin1String("region"))
        return QCoreApplication::translate("Sailau::TerritoryIssueModel", "region");
    if (level == QLatin1String("district"))
        return QCoreApplication::translate("Sailau::TerritoryIssueModel", "district or city");
    return QCoreApplication::translate("Sailau::TerritoryIssueModel", "settlement");
}

} // namespace

// ---- PreviewModel -----------------------------------------------------------------------

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setRows(const QList<QStringList> &rows, int headerRow, const QList<qint64> &lines)
{
    beginResetModel();
    m_rows = rows;
    m_lines = lines;
    m_headerRow = headerRow;
    m_columns = 0;
    for (const QStringList &row : rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.value(index.column());
    case Qt::FontRole:
        if (index.row() == m_headerRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.row() < m_headerRow)
            return Appearance::mutedText();
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const qint64 line = m_lines.value(section);
        if (section == m_headerRow)
            return tr("header");
        return line > 0 ? QString::number(line) : QString::number(section + 1);
    }
    return QString::number(section + 1);
}

// ---- MappingModel -----------------------------------------------------------------------

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MappingModel::setMapping(const Mapping &mapping, const QList<QStringList> &samples)
{
    beginResetModel();
    m_mapping = mapping;
    m_samples = samples;
    endResetModel();
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.columns.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping::Column &column = m_mapping.columns.at(index.row());
    if (role == FieldRole)
        return int(column.field);
    switch (index.column()) {
    case HeaderColumn:
        if (role == Qt::DisplayRole)
            return column.header.isEmpty() ? tr("column %1").arg(index.row() + 1) : column.header;
        break;
    case SampleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            QStringList values;
            for (const QString &v : m_samples.value(index.row())) {
                if (!v.trimmed().isEmpty() && !values.contains(v))
                    values.append(v);
                if (values.size() == 3)
                    break;
            }
            return values.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" · "));
        }
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Fields::label(column.field);
        if (role == Qt::ForegroundRole && column.field == Field::Ignore)
            return Appearance::mutedText();
        if (role == Qt::ToolTipRole)
            return tr("Double-click or press F2 to choose what this column holds");
        break;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != FieldColumn || (role != Qt::EditRole && role != FieldRole))
        return false;
    bool ok = false;
    const int f = value.toInt(&ok);
    if (!ok || f < 0 || f >= FieldCount)
        return false;
    const Field field = Field(f);
    // A field belongs to one column: the column that had it before gives it up.
    for (int row = 0; row < m_mapping.columns.size(); ++row) {
        if (row != index.row() && field != Field::Ignore && m_mapping.columns[row].field == field) {
            m_mapping.columns[row].field = Field::Ignore;
            emit dataChanged(this->index(row, FieldColumn), this->index(row, FieldColumn));
        }
    }
    m_mapping.columns[index.row()].field = field;
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn: return tr("Column in the file");
    case SampleColumn: return tr("Values");
    case FieldColumn: return tr("Holds");
    }
    return {};
}

// ---- TerritoryIssueModel ----------------------------------------------------------------

TerritoryIssueModel::TerritoryIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TerritoryIssueModel::setIssues(const QList<TerritoryIssue> &issues, const QHash<QString, qint64> &choices)
{
    beginResetModel();
    m_issues = issues;
    // The names that need attention first.
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const TerritoryIssue &a, const TerritoryIssue &b) {
        auto rank = [](const TerritoryIssue &t) {
            switch (t.status) {
            case TerritoryMatcher::Status::Ambiguous: return 0;
            case TerritoryMatcher::Status::Unknown: return 1;
            case TerritoryMatcher::Status::New: return 2;
            case TerritoryMatcher::Status::Matched: return 3;
            }
            return 4;
        };
        return rank(a) < rank(b);
    });
    m_choices = choices;
    endResetModel();
}

int TerritoryIssueModel::undecided() const
{
    int n = 0;
    for (const TerritoryIssue &t : m_issues) {
        if (t.status == TerritoryMatcher::Status::Ambiguous && m_choices.value(t.key, Undecided) == Undecided)
            ++n;
    }
    return n;
}

bool TerritoryIssueModel::editable(const TerritoryIssue &issue) const
{
    return issue.status == TerritoryMatcher::Status::Ambiguous
        || (issue.status == TerritoryMatcher::Status::New && !issue.suggestions.isEmpty())
        || (issue.status == TerritoryMatcher::Status::Matched && m_choices.contains(issue.key));
}

int TerritoryIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int TerritoryIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerritoryIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TerritoryIssue &t = m_issues.at(index.row());
    const qint64 choice = m_choices.value(t.key, Undecided);
    switch (role) {
    case ChoicesRole: {
        // (label, id) pairs for the choice editor.
        QVariantList list;
        if (t.status != TerritoryMatcher::Status::Unknown && t.level != QLatin1String("region"))
            list.append(QVariantList{tr("Create \"%1\" as new").arg(t.name), CreateNew});
        if (t.status == TerritoryMatcher::Status::Matched && t.matchedId > 0)
            list.append(QVariantList{tr("Use %1").arg(t.matchedPath), t.matchedId});
        for (const TerritoryMatcher::Suggestion &s : t.suggestions)
            list.append(QVariantList{tr("Use %1").arg(s.path), s.id});
        return list;
    }
    case ChoiceIdRole:
        return choice;
    case NeedsChoiceRole:
        return t.status == TerritoryMatcher::Status::Ambiguous && choice == Undecided;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return t.name;
        case WhereColumn: return t.parentPath.isEmpty() ? tr("Kazakhstan") : t.parentPath;
        case RowsColumn: return role == Qt::DisplayRole ? QVariant(Format::count(t.rows))
                                                         : QVariant(tr("First on line %1").arg(t.firstLine));
        case StatusColumn:
            switch (t.status) {
            case TerritoryMatcher::Status::Matched: return tr("found (%1)").arg(levelWord(t.level));
            case TerritoryMatcher::Status::New: return tr("new %1").arg(levelWord(t.level));
            case TerritoryMatcher::Status::Ambiguous: return tr("several match: choose one");
            case TerritoryMatcher::Status::Unknown: return tr("unknown: cannot be placed");
            }
            return {};
        case ChoiceColumn: {
            if (choice > 0) {
                for (const TerritoryMatcher::Suggestion &s : t.suggestions) {
                    if (s.id == choice)
                        return tr("Use %1").arg(s.path);
                }
                return t.matchedId == choice ? tr("Use %1").arg(t.matchedPath) : tr("Use the chosen territory");
            }
            if (choice == CreateNew || t.status == TerritoryMatcher::Status::New) {
                QString text = tr("Create as new");
                if (!t.suggestions.isEmpty() && role == Qt::DisplayRole && choice != CreateNew)
                    text += QStringLiteral(" — ") + tr("or did you mean %1?").arg(t.suggestions.first().path);
                return text;
            }
            if (t.status == TerritoryMatcher::Status::Matched)
                return tr("Use %1").arg(t.matchedPath);
            if (t.status == TerritoryMatcher::Status::Ambiguous)
                return tr("Choose…");
            return tr("Fix the name in the file");
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (t.status == TerritoryMatcher::Status::Ambiguous || t.status == TerritoryMatcher::Status::Unknown)
            return QBrush(Appearance::attentionColour()); // vermillion: needs attention
        return {};
    }
    if (role == Qt::FontRole && index.column() == ChoiceColumn && data(index, NeedsChoiceRole).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool TerritoryIssueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ChoiceColumn || (role != Qt::EditRole && role != ChoiceIdRole))
        return false;
    const TerritoryIssue &t = m_issues.at(index.row());
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok)
        return false;
    bool allowed = id == CreateNew || id == Undecided || id == t.matchedId;
    for (const TerritoryMatcher::Suggestion &s : t.suggestions)
        allowed = allowed || s.id == id;
    if (!allowed || (id == CreateNew && t.level == QLatin1String("region")))
        return false;
    if (id == Undecided)
        m_choices.remove(t.key);
    else
        m_choices.insert(t.key, id);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit choicesChanged();
    return true;
}

Qt::ItemFlags TerritoryIssueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ChoiceColumn && index.row() < m_issues.size()
        && (editable(m_issues.at(index.row())) || m_issues.at(index.row()).status == TerritoryMatcher::Status::Matched))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TerritoryIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name in the file");
    case WhereColumn: return tr("Under");
    case RowsColumn: return tr("Rows");
    case StatusColumn: return tr("In the database");
    case ChoiceColumn: return tr("The import will");
    }
    return {};
}

// ---- ProblemModel -----------------------------------------------------------------------

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemModel::setProblems(const QList<Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        if (a.severity != b.severity)
            return a.severity == Problem::Error;
        return a.line < b.line;
    });
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = m_problems.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn: return p.severity == Problem::Error ? tr("Error") : tr("Warning");
        case LineColumn: return p.line > 0 ? QVariant(QString::number(p.line)) : QVariant(QString());
        case ColumnColumn:
            if (p.column <= 0)
                return QString();
            return p.columnName.isEmpty() ? QString::number(p.column)
                                          : QStringLiteral("%1 (%2)").arg(p.column).arg(p.columnName);
        case ValueColumn: return p.value;
        case MessageColumn: return p.message;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return p.severity == Problem::Error
                   ? QBrush(Appearance::attentionColour())
                   : QBrush(Appearance::readable(QColor(0x99, 0x77, 0x00), QGuiApplication::palette().color(QPalette::Base)));
    if (role == Qt::FontRole && index.column() == SeverityColumn && p.severity == Problem::Error) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Kind");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case ValueColumn: return tr("Value");
    case MessageColumn: return tr("Problem");
    }
    return {};
}

// ---- BatchModel -------------------------------------------------------------------------

BatchModel::BatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchModel::setBatches(const QList<BatchInfo> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchInfo &b = m_batches.at(index.row());
    if (role == BatchIdRole)
        return b.id;
    if (role == Qt::TextAlignmentRole && index.column() != FileColumn && index.column() != KindColumn
        && index.column() != ImportedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return tr("SHA-256 %1").arg(b.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return QString::number(b.id);
    case ImportedColumn: return Format::locale().toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        if (b.kind == QLatin1String("sample"))
            return tr("bundled sample");
        if (b.kind == QLatin1String("synthetic"))
            return tr("synthetic data");
        return tr("file");
    case FileColumn: return b.fileName;
    case RowsColumn: return Format::count(b.rows);
    case RacesColumn: return Format::count(b.racesAdded);
    case UpdatedColumn: return Format::count(b.racesUpdated);
    case CandidatesColumn: return Format::count(b.candidatesAdded);
    case TerritoriesColumn: return Format::count(b.territoriesAdded);
    }
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("No.");
    case ImportedColumn: return tr("Imported");
    case KindColumn: return tr("Kind");
    case FileColumn: return tr("File");
    case RowsColumn: return tr("Rows");
    case RacesColumn: return tr("New races");
    case UpdatedColumn: return tr("Races completed");
    case CandidatesColumn: return tr("Candidates");
    case TerritoriesColumn: return tr("New territories");
    }
    return {};
}

} // namespace Sailau
