// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's first page: the file, how it is read, and a preview of its first rows.
#pragma once

#include "mapping.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace Sailau {

class PreviewModel;

// Page 1, the file: its path, how it is read (detected; encoding, delimiter, decimal separator,
// header row and sheet changed by hand), what Sailau detected, warnings (Kazakh letters lost,
// bytes that are not UTF-8) and its first rows as read. Any change reads the file again.
class ImportFilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    // The path typed or chosen, with '/' separators.
    QString file() const;
    void setFile(const QString &path);
    void clearFile();
    // The reading options chosen on the page (nothing: detect).
    Import::Mapping readingOptions() const;
    // Shows a file's reading options again, without reading it: the header row too when
    // withHeaderRow (else detected), and the sheet list emptied.
    void restoreReadingOptions(const Import::Mapping &reading, bool withHeaderRow);
    // A preset's way of reading the file (encoding, delimiter, decimal separator).
    void selectReading(const Import::Mapping &preset);
    // The header of the file as read, and each column's values below it.
    const QStringList &header() const { return m_header; }
    const QList<QStringList> &sampleRows() const { return m_sampleRows; }

    // Reads the file's first rows with the options chosen.
    void readPreview();

signals:
    // The file was read again (or could not be).
    void previewRead();
    // Files chosen with Browse.
    void filesChosen(const QStringList &paths);

private:
    void buildOptions(QVBoxLayout *layout);
    void browse();
    void showRows(const QList<QStringList> &rows, int headerRow, const QList<qint64> &lines);

    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_decimal;
    QSpinBox *m_headerRow;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_detected;
    QLabel *m_warnings;
    QTableView *m_previewView;
    PreviewModel *m_preview;
    QList<QStringList> m_sampleRows;
    QStringList m_header;
};

} // namespace Sailau
