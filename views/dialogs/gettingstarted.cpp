#include "views/dialogs/gettingstarted.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace storemap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::GettingStarted)
};
} // namespace

QString gettingStartedHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Getting started"));
    html += QStringLiteral("<p>%1</p>")
                .arg(Tr::tr("Storemap helps you decide where each piece of your application's data "
                            "should live. Work in four steps:"));
    html +=
        QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
            .arg(Tr::tr("<b>List the data.</b> Press Ctrl+E for a new entity and type its "
                        "name. It lands in the Unplaced tray."),
                 Tr::tr("<b>Write down its access patterns.</b> In the Entity panel press + (or "
                        "Ctrl+Shift+A) and type how the application reads or writes it (\"Get user "
                        "by email\"), "
                        "then Tab to its type, how often it happens and, for a join or a "
                        "transaction, the entity it touches. Without patterns an entity has no "
                        "fit."),
                 Tr::tr("<b>Set the scale.</b> The Users field on the toolbar sets how many "
                        "people the design serves, and with it how much operational "
                        "complexity the project can afford."),
                 Tr::tr("<b>Place each entity.</b> Drag a store kind from the Palette onto the "
                        "canvas, then drag each chip onto a store (or Alt+Left/Right on a "
                        "selected chip). Suggest Layout (Ctrl+L) proposes the best layout for "
                        "the scale."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(Tr::tr("What the scores mean"),
                     Tr::tr("A fit (0 to 100) says how well a store kind serves an entity's access "
                            "patterns, weighted by how often each happens, and moved by load at "
                            "your scale, schema, durability and latency. Green is good (80 and "
                            "up), amber fair (60 to 80), red poor (below 60); hover a chip for the "
                            "reasons. The overall fit weights every entity by its traffic."),
                     Tr::tr("Complexity vs budget: every kind of store you run costs operational "
                            "effort; the budget grows with your users. Above the budget, the "
                            "design asks more of the team than the scale affords."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(Tr::tr("What the findings mean"),
                     Tr::tr("Findings name the classic mistakes, each citing the lesson: errors "
                            "first, then warnings, then hints. Click one to select the entity it "
                            "is about. A finding that remains after Suggest Layout says "
                            "why no affordable layout avoids it."));
    html += QStringLiteral("<h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li><li>%6</li>"
                           "</ul>")
                .arg(Tr::tr("The lesson's rules"),
                     Tr::tr("Identify your access patterns first; they decide where the data "
                            "belongs."),
                     Tr::tr("Start with PostgreSQL + S3. The sweet spot for most applications is "
                            "PostgreSQL + Redis + S3; add more only for measured bottlenecks."),
                     Tr::tr("Never store binary files (images, videos, documents) in the database: "
                            "use object storage and keep only the key."),
                     Tr::tr("Data in Redis should be data you can afford to lose or rebuild from "
                            "the primary database."),
                     Tr::tr("Every database you add is another system to monitor, back up, upgrade "
                            "and debug at 3 AM: one database for everything and too many too early "
                            "are both mistakes."));
    return html;
}

void showGettingStarted(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("gettingStartedDialog"));
    dialog->setWindowTitle(Tr::tr("Getting Started"));
    auto *page = new QTextBrowser;
    page->setObjectName(QStringLiteral("gettingStarted"));
    page->setHtml(gettingStartedHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    dialog->resize(640, 640);
    dialog->show();
}

} // namespace storemap
