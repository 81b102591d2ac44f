#include "tests/testutil.h"

#include "model/document.h"
#include "model/projectio.h"
#include "views/diagram/svgimage.h"
#include "views/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace storemap;
using test::sample;

namespace {
/// Picks @p format in the dialog's Format box, as a user would.
void chooseFormat(ExportDialog &dialog, int format)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    combo->setCurrentIndex(combo->findData(format));
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewIsTheExport_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("shows");
        QTest::addColumn<bool>("scaleEnabled");
        QTest::addColumn<bool>("widthEnabled");
        QTest::newRow("svg") << int(ExportFormat::Svg) << "" << false << false;
        QTest::newRow("png") << int(ExportFormat::Png) << "" << true << false;
        QTest::newRow("txt") << int(ExportFormat::Text) << "Application Layer" << false << true;
        QTest::newRow("dot") << int(ExportFormat::Dot) << "digraph storemap" << false << false;
        QTest::newRow("md") << int(ExportFormat::Markdown) << "## Advisor's recommendation" << false
                            << false;
    }
    void previewIsTheExport()
    {
        QFETCH(int, format);
        QFETCH(QString, shows);
        QFETCH(bool, scaleEnabled);
        QFETCH(bool, widthEnabled);
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        ExportDialog dialog(&document);
        chooseFormat(dialog, format);
        QCOMPARE(int(dialog.options().format), format);
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->isEnabled(),
                 scaleEnabled);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("width"))->isEnabled(), widthEnabled);
        QTRY_VERIFY(!dialog.isUpdating());

        QByteArray expected;
        QString error;
        QVERIFY(exportProject(document.project(), document.project().users, Catalog::builtin(),
                              dialog.options(), &expected, &error, renderPng));
        if (format == int(ExportFormat::Png)) {
            QCOMPARE(dialog.previewImage().size(), QImage::fromData(expected, "PNG").size());
        } else {
            QCOMPARE(dialog.previewBytes(), expected);
        }
        if (!shows.isEmpty())
            QVERIFY(dialog.previewText().contains(shows));
        else
            QVERIFY(!dialog.previewImage().isNull());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.") + formatId(ExportFormat(format)));
        QVERIFY(dialog.exportTo(file, &error));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), dialog.previewBytes());
    }

    void optionsReachThePreview_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("ascii");
        QTest::newRow("100 box drawing") << 100 << false;
        QTest::newRow("50 ascii") << 50 << true;
    }
    void optionsReachThePreview()
    {
        QFETCH(int, width);
        QFETCH(bool, ascii);
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        ExportDialog dialog(&document);
        chooseFormat(dialog, int(ExportFormat::Text));
        dialog.findChild<QSpinBox *>(QStringLiteral("width"))->setValue(width);
        dialog.findChild<QCheckBox *>(QStringLiteral("ascii"))->setChecked(ascii);
        QTRY_VERIFY(!dialog.isUpdating());
        const QString text = dialog.previewText();
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= width, qPrintable(line));
        QCOMPARE(text.contains(QStringLiteral("┌")), !ascii);
    }

    void scaleSetsThePngSize()
    {
        Document document;
        document.setProject(sample(QStringLiteral("startup")));
        ExportDialog dialog(&document);
        ExportOptions options;
        options.format = ExportFormat::Png;
        dialog.setOptions(options);
        QTRY_VERIFY(!dialog.isUpdating());
        const QSize one = dialog.previewImage().size();
        options.scale = 2;
        dialog.setOptions(options);
        QTRY_VERIFY(!dialog.isUpdating());
        const QSize two = dialog.previewImage().size();
        QVERIFY(qAbs(two.width() - 2 * one.width()) <= 1);
        QVERIFY(qAbs(two.height() - 2 * one.height()) <= 1);
    }

    // A PNG exported from the window is 2x unless the user says otherwise (the command line keeps
    // 1x, its documented default).
    void pngDefaultsToTwice()
    {
        Document document;
        document.setProject(sample(QStringLiteral("startup")));
        ExportDialog dialog(&document);
        chooseFormat(dialog, int(ExportFormat::Png));
        QCOMPARE(dialog.options().scale, 2.0);
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->value(), 2.0);
    }

    // In the walk-through the preview showed the top left of a picture twice its room: it shows
    // the whole picture, scaled down to the room it has (never up), and follows the dialog's size.
    void previewShowsTheWholePicture_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("svg, small dialog") << int(ExportFormat::Svg) << QSize(640, 480);
        QTest::newRow("png 2x, small dialog") << int(ExportFormat::Png) << QSize(640, 480);
        QTest::newRow("svg, large dialog") << int(ExportFormat::Svg) << QSize(1400, 1000);
    }
    void previewShowsTheWholePicture()
    {
        QFETCH(int, format);
        QFETCH(QSize, size);
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        ExportDialog dialog(&document);
        chooseFormat(dialog, format);
        dialog.resize(size);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isUpdating());
        const auto *picture = dialog.findChild<QLabel *>(QStringLiteral("previewPicture"));
        const QSizeF natural =
            QSizeF(dialog.previewImage().size()) / dialog.previewImage().devicePixelRatio();
        const auto shown = [picture] {
            const QPixmap pixmap = picture->pixmap();
            return QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
        };
        const QSize room = picture->parentWidget()->size(); // the scroll area's viewport
        QVERIFY2(shown().width() <= room.width() && shown().height() <= room.height(),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(shown().width())
                                .arg(shown().height())
                                .arg(room.width())
                                .arg(room.height())));
        QVERIFY(shown().width() <= natural.width() + 0.5); // never scaled up
        // Either the whole picture fits as it is, or it fills the room on one side.
        QVERIFY(shown() == natural || shown().width() >= room.width() - 8 ||
                shown().height() >= room.height() - 8);
    }

    // The preview is made off the GUI thread: while it is under way the dialog answers and Export
    // waits; an older preview never replaces a newer one.
    void previewNeverBlocks()
    {
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        ExportDialog dialog(&document);
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
        chooseFormat(dialog, int(ExportFormat::Markdown));
        QVERIFY(dialog.isUpdating());
        QVERIFY(!exportButton->isEnabled());
        chooseFormat(dialog, int(ExportFormat::Text)); // changed its mind
        QTRY_VERIFY(!dialog.isUpdating());
        QVERIFY(exportButton->isEnabled());
        QVERIFY(dialog.previewText().contains(QStringLiteral("┌"))); // the text, not the record
        QVERIFY(!dialog.previewText().contains(QStringLiteral("# Storage decision record")));
    }

    void followsTheDocument()
    {
        Document document;
        document.setProject(sample(QStringLiteral("startup")));
        ExportDialog dialog(&document);
        ExportOptions options;
        options.format = ExportFormat::Text;
        dialog.setOptions(options);
        Entity e;
        e.id = QStringLiteral("new");
        e.name = QStringLiteral("Search index");
        document.insertEntity(0, e);
        QTRY_VERIFY(!dialog.isUpdating());
        QVERIFY(dialog.previewText().contains(QStringLiteral("Search index")));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Unplaced")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
