#include "model/projectio.h"
#include "views/diagram/exporter.h"
#include "views/diagram/svgimage.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>

using namespace storemap;

namespace {

QByteArray exported(const QString &sample, const ExportOptions &options)
{
    Project p;
    LoadError error;
    if (!readProjectFile(QStringLiteral(":/samples/%1.storemap").arg(sample), Catalog::builtin(),
                         &p, &error))
        qFatal("%s", qPrintable(error.toString()));
    QByteArray out;
    QString why;
    if (!exportProject(p, p.users, Catalog::builtin(), options, &out, &why, renderPng))
        qWarning("%s", qPrintable(why));
    return out;
}

} // namespace

class TestSvgImage : public QObject
{
    Q_OBJECT

private slots:
    void pngSize_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<double>("scale");
        QTest::newRow("ecommerce 1x") << "ecommerce" << 1.0;
        QTest::newRow("ecommerce 2x") << "ecommerce" << 2.0;
        QTest::newRow("ecommerce 150 dpi") << "ecommerce" << 150.0 / 96;
        QTest::newRow("startup 1x") << "startup" << 1.0;
        QTest::newRow("startup 3x") << "startup" << 3.0;
    }
    void pngSize()
    {
        QFETCH(QString, sample);
        QFETCH(double, scale);
        ExportOptions svgOptions;
        svgOptions.format = ExportFormat::Svg;
        const QByteArray svg = exported(sample, svgOptions);
        const QSize expected = svgPixelSize(svg, scale);
        QVERIFY(expected.width() > 200 * scale);

        ExportOptions options;
        options.format = ExportFormat::Png;
        options.scale = scale;
        QByteArray png = exported(sample, options);
        QVERIFY(png.startsWith("\x89PNG"));
        QBuffer buffer(&png);
        QImageReader reader(&buffer, "png");
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), expected);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(BaseDpi * scale));
    }

    void twiceTheScaleIsTwiceTheSize()
    {
        ExportOptions svgOptions;
        const QByteArray svg = exported(QStringLiteral("ecommerce"), svgOptions);
        const QSize one = svgPixelSize(svg, 1);
        const QSize two = svgPixelSize(svg, 2);
        QVERIFY(qAbs(two.width() - 2 * one.width()) <= 1);
        QVERIFY(qAbs(two.height() - 2 * one.height()) <= 1);
    }

    void background_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::newRow("white") << false;
        QTest::newRow("transparent") << true;
    }
    void background()
    {
        QFETCH(bool, transparent);
        ExportOptions options;
        options.format = ExportFormat::Png;
        options.transparent = transparent;
        const QImage image = QImage::fromData(exported(QStringLiteral("startup"), options), "PNG");
        QVERIFY(!image.isNull());
        const QColor corner = image.pixelColor(1, 1);
        QCOMPARE(corner.alpha(), transparent ? 0 : 255);
        if (!transparent)
            QCOMPARE(corner, QColor(Qt::white));
        // The drawing itself stays opaque: dark text and borders exist.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                dark += c.alpha() == 255 && c.lightness() < 80 ? 1 : 0;
            }
        }
        QVERIFY(dark > 200);
    }

    void refusesAbsurdSizes_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -1.0;
        QTest::newRow("huge") << 1000.0;
    }
    void refusesAbsurdSizes()
    {
        QFETCH(double, scale);
        const QByteArray svg = exported(QStringLiteral("startup"), {});
        QString error;
        QVERIFY(renderSvgImage(svg, scale, false, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void refusesBrokenSvg()
    {
        QString error;
        QVERIFY(renderSvgImage("<svg", 1, false, &error).isNull());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestSvgImage)
#include "tst_svgimage.moc"
