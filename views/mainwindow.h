#pragma once

#include <QMainWindow>

namespace storemap {

class Document;

/// The designer window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    /// Opens @p file, or the bundled e-commerce sample when it is empty.
    void openInitial(const QString &file);

private:
    Document *m_document;
};

} // namespace storemap
