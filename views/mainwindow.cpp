#include "mainwindow.h"

#include "../model/document.h"
#include "../model/projectio.h"

#include <QLabel>

namespace storemap {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    setWindowTitle(QStringLiteral("Storemap"));
    resize(1200, 800);
}

void MainWindow::openInitial(const QString &file)
{
    Project project;
    LoadError error;
    const QString path = file.isEmpty() ? QStringLiteral(":/samples/ecommerce.storemap") : file;
    auto *label = new QLabel(this);
    label->setAlignment(Qt::AlignCenter);
    if (readProjectFile(path, Catalog::builtin(), &project, &error)) {
        m_document->setProject(project);
        label->setText(tr("%1: %2 entities on %3 stores")
                           .arg(project.name)
                           .arg(project.entities.size())
                           .arg(project.stores.size()));
    } else {
        label->setText(tr("Could not open %1: %2").arg(path, error.toString()));
    }
    setCentralWidget(label);
}

} // namespace storemap
