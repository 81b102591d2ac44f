#include "views/dialogs/dialogprompts.h"

#include "model/projectio.h"
#include "views/dialogs/operatedkindsdialog.h"
#include "views/panels/optionalnumbervalidator.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace storemap {

namespace {
QString filter()
{
    return DialogPrompts::tr("Storemap projects (*.storemap);;All files (*)");
}
} // namespace

Prompts::Unsaved DialogPrompts::askUnsaved(QWidget *parent, const QString &name)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return Unsaved::Save;
    return answer == QMessageBox::Discard ? Unsaved::Discard : Unsaved::Cancel;
}

bool DialogPrompts::askRestore(QWidget *parent, const QString &name)
{
    return QMessageBox::question(parent, tr("Restore unsaved work?"),
                                 tr("Storemap did not close properly last time. Restore the "
                                    "unsaved changes to “%1”?")
                                     .arg(name),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

Prompts::DiskChange DialogPrompts::askChangedOnDisk(QWidget *parent, const QString &name,
                                                    bool unsaved)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    unsaved ? tr("Another program changed “%1” while you were editing it. Reload "
                                 "it and lose your unsaved changes (Undo brings them back), or "
                                 "keep yours?")
                                  .arg(name)
                            : tr("Another program changed “%1”. Reload it?").arg(name),
                    QMessageBox::NoButton, parent);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload ? DiskChange::Reload : DiskChange::KeepMine;
}

bool DialogPrompts::askOverwriteChanged(QWidget *parent, const QString &name, const QString &keptAs)
{
    return QMessageBox::warning(parent, tr("Save over another version?"),
                                tr("“%1” was changed by another program since you opened it. Save "
                                   "yours over it? The other version is kept as “%2”.")
                                    .arg(name, keptAs),
                                QMessageBox::Save | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Save;
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open project"), directory, filter());
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &suggestion)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save project"), suggestion, filter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".storemap");
    return path;
}

std::optional<QString> DialogPrompts::editNotes(QWidget *parent, const QString &notes)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        parent, tr("Project Notes"),
        tr("Your rationale for this design: the constraints, what was measured, what was decided "
           "and why. It is kept in the file and printed in the decision record."),
        notes, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> DialogPrompts::askProjectName(QWidget *parent, const QString &name)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, tr("Rename Project"),
                                               tr("Project name (the title of every diagram):"),
                                               QLineEdit::Normal, name, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<double> DialogPrompts::askStoreMemory(QWidget *parent, const QString &name,
                                                    double memoryGB)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Store Memory"));
    auto *field = new QLineEdit(OptionalNumberValidator::text(memoryGB), &dialog);
    field->setValidator(new OptionalNumberValidator(0, limits::MemoryGB, true, field));
    field->setPlaceholderText(tr("not given"));
    auto *label =
        new QLabel(tr("&Memory of “%1” (GB):")
                       .arg(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))));
    label->setBuddy(field);
    auto *hint = new QLabel(tr("What the store holds before it evicts keys (Redis: maxmemory). "
                               "Leave it empty when it is not known."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // 0 GB is no memory (the file reader wants more): OK waits for a value it would take.
    QObject::connect(field, &QLineEdit::textChanged, buttons, [buttons, field] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(field->hasAcceptableInput());
    });
    auto *form = new QFormLayout;
    form->addRow(label, field);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    field->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return OptionalNumberValidator::value(field->text());
}

std::optional<QStringList> DialogPrompts::askOperatedKinds(QWidget *parent, const Catalog &catalog,
                                                           const QStringList &operates)
{
    OperatedKindsDialog dialog(catalog, operates, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.kinds();
}

} // namespace storemap
