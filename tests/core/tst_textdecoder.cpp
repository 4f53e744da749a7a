// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/mojibakerepair.h"
#include "import/textdecoder.h"
#include "translations.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Masar;

namespace {

const QString kFile = QStringLiteral("roadmap.md");

// The same Arabic text in every encoding test; the file bytes use CRLF line endings.
QString arabicText()
{
    return QStringLiteral("خارطة طريق مهندس الذكاء الاصطناعي\n"
                          "# الشهر الأول: أسس الرياضيات\n"
                          "- الجبر الخطي والإحصاء (أسبوعان، ساعة يوميًا)\n"
                          "- تعلّم الآلة للمبتدئين\n");
}

QString withCrLf(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
}

/// UTF-16 bytes from the code units of `text`, independent of the decoder under test.
QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar ch : text) {
        const char low = char(ch.unicode() & 0xFF);
        const char high = char(ch.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

QByteArray bom(std::initializer_list<uchar> marks)
{
    QByteArray bytes;
    for (const uchar b : marks)
        bytes.append(char(b));
    return bytes;
}

int count(const QString &text, QChar ch)
{
    return int(text.count(ch));
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void misdecodedTextIsRepaired_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("repairs");
        // Once UTF-8, read as Windows-1252 or Mac Roman, saved again as UTF-8.
        QTest::newRow("en dash, cp1252") << QStringLiteral("Roadmap â€“ How to Learn AI")
                                         << QStringLiteral("Roadmap – How to Learn AI") << 1;
        QTest::newRow("emoji, mac roman")
            << QStringLiteral("# ‚öôÔ∏è AI Engineering Roadmap \uF8FFü§ñ")
            << QStringLiteral("# ⚙️ AI Engineering Roadmap 🤖") << 2;
        QTest::newRow("e acute") << QStringLiteral("GÃ©ron") << QStringLiteral("Géron") << 1;
        QTest::newRow("genuine accents") << QStringLiteral("Géron, naïve café, Zürich")
                                         << QStringLiteral("Géron, naïve café, Zürich") << 0;
        QTest::newRow("genuine arabic") << QStringLiteral("الجبر الخطي – أسبوعان")
                                        << QStringLiteral("الجبر الخطي – أسبوعان") << 0;
        QTest::newRow("genuine symbols") << QStringLiteral("© 2024 · “quoted” — ok")
                                         << QStringLiteral("© 2024 · “quoted” — ok") << 0;
    }

    void repairStepsOverSpacesOutsideAscii()
    {
        // Found by fuzzing: these once stopped the scan from advancing.
        QString text = QStringLiteral("a\u2028b\u0085c\u00A0\uFFFF\u3000");
        QCOMPARE(MojibakeRepair::repair(text), 0);
        QCOMPARE(text, QStringLiteral("a\u2028b\u0085c\u00A0\uFFFF\u3000"));
    }

    void misdecodedTextIsRepaired()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, repairs);
        auto decoded = TextDecoder::decode(text.toUtf8(), QStringLiteral("x.md"));
        QVERIFY(decoded);
        QCOMPARE(decoded->text, expected);
        QCOMPARE(decoded->notes.size(), repairs > 0 ? 1 : 0);
        QString again = text;
        QCOMPARE(MojibakeRepair::repair(again), repairs);
    }

    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // The English catalogue gives the plural forms of the "%n … sequence(s)" note.
        m_translations = new Translations(this);
        QVERIFY(m_translations->setLanguage(QStringLiteral("en")));
    }

    void utf8Arabic()
    {
        const auto decoded = TextDecoder::decode(withCrLf(arabicText()).toUtf8(), kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded->text, arabicText());
        QVERIFY(decoded->notes.isEmpty());
    }

    void plainAsciiIsUtf8()
    {
        const auto decoded = TextDecoder::decode(QByteArrayLiteral("# Roadmap\n- Python\n"), kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded->text, QStringLiteral("# Roadmap\n- Python\n"));
    }

    void utf8WithBom()
    {
        const QByteArray bytes = bom({0xEF, 0xBB, 0xBF}) + arabicText().toUtf8();
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(decoded->text, arabicText()); // the mark itself is not part of the text
        QVERIFY(decoded->notes.isEmpty());
    }

    void utf8SupplementaryCharacters()
    {
        const QString text = QStringLiteral("Done \U0001F389 — 𝔸𝕀\n");
        const auto decoded = TextDecoder::decode(text.toUtf8(), kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, text);
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE") << true << QStringLiteral("UTF-16LE");
        QTest::newRow("BE") << false << QStringLiteral("UTF-16BE");
    }

    void utf16WithBom()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QString, encoding);
        const QByteArray mark = littleEndian ? bom({0xFF, 0xFE}) : bom({0xFE, 0xFF});
        const QString text = withCrLf(arabicText()) + QStringLiteral("\U0001F4DA\r\n");
        const auto decoded = TextDecoder::decode(mark + utf16Bytes(text, littleEndian), kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, arabicText() + QStringLiteral("\U0001F4DA\n"));
        QVERIFY(decoded->notes.isEmpty());
    }

    void utf16WithoutBom_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("BE") << false << QStringLiteral("UTF-16BE");
        QTest::newRow("LE") << true << QStringLiteral("UTF-16LE");
    }

    void utf16WithoutBom()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QString, encoding);
        const auto decoded =
            TextDecoder::decode(utf16Bytes(withCrLf(arabicText()), littleEndian), kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, arabicText());
    }

    void utf16BrokenSurrogatesAreReplaced()
    {
        QByteArray bytes = bom({0xFF, 0xFE}) + utf16Bytes(QStringLiteral("ab"), true);
        bytes += bom({0x00, 0xD8}); // a high surrogate followed by "c", not by a low one
        bytes += utf16Bytes(QStringLiteral("c"), true);
        bytes += bom({0x00, 0xDC}); // a lone low surrogate
        bytes += bom({0x41});       // an odd trailing byte
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->text, QStringLiteral("ab\uFFFDc\uFFFD\uFFFD"));
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY2(decoded->notes.first().startsWith(QLatin1String("3 invalid byte sequences")),
                 qPrintable(decoded->notes.first()));
    }

    void utf32IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LE") << bom({0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00});
        QTest::newRow("BE") << bom({0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41});
    }

    void utf32IsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QLatin1String("UTF-32")), qPrintable(decoded.error()));
        QVERIFY(decoded.error().contains(kFile));
    }

    void windows1256Arabic()
    {
        // The text of arabicText() with CRLF, as Python's cp1256 codec encodes it.
        const QByteArray bytes = QByteArray::fromHex(
            "cec7d1d8c920d8d1edde20e3e5e4cfd320c7e1d0dfc7c120c7e1c7d5d8e4c7daed0d0a2320c7e1d4"
            "e5d120c7e1c3e6e13a20c3d3d320c7e1d1edc7d6edc7ca0d0a2d20c7e1ccc8d120c7e1ced8ed20e6"
            "c7e1c5cdd5c7c12028c3d3c8e6dac7e4a120d3c7dac920ede6e3edf0c7290d0a2d20cadae1f8e320"
            "c7e1c2e1c920e1e1e3c8cacfc6ede40d0a");
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("Windows-1256"));
        QCOMPARE(decoded->text, arabicText());
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY(decoded->notes.first().contains(QLatin1String("Windows-1256")));
    }

    void windows1252Latin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("French") << QStringLiteral(
            "# Feuille de route\nÉtape 1 : les mathématiques, l'algèbre linéaire et les "
            "probabilités.\nÀ la fin, un projet complet « déjà prêt » ? Très bien, ça marche.\n");
        // German letters ä Ä ö Ö ü ß sit where Windows-1256 has Arabic letters; standing alone
        // between Latin letters they still read as German.
        QTest::newRow("German") << QStringLiteral(
            "Übungen für Anfänger: größere Straßen, Äpfel und Öl.\nSchöne Grüße aus München.\n");
    }

    void windows1252Latin()
    {
        QFETCH(QString, text);
        const auto decoded = TextDecoder::decode(text.toLatin1(), kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY(decoded->notes.first().contains(QLatin1String("Windows-1252")));
    }

    void windows1252Punctuation()
    {
        // "Preis: 5 € – „Zitat“ — Œuvre" in cp1252: 0x80–0x9F are printable there.
        const QByteArray bytes =
            QByteArray::fromHex("50726569733a20352080209620845a69746174932097208c75767265");
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(decoded->text, QStringLiteral("Preis: 5 € – „Zitat“ — Œuvre"));
    }

    void windows1252UndefinedBytesAreReplaced()
    {
        const QByteArray bytes = QByteArrayLiteral("caf\xE9 \x81 ok\n");
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(decoded->text, QStringLiteral("café \uFFFD ok\n"));
        QCOMPARE(decoded->notes.size(), 2); // legacy encoding assumed, one byte replaced
        QVERIFY2(decoded->notes.at(1).startsWith(QLatin1String("1 invalid byte sequence could")),
                 qPrintable(decoded->notes.at(1)));
    }

    void damagedUtf8StaysUtf8()
    {
        // UTF-8 Arabic with a stray byte, an overlong "/", an encoded surrogate and a cut
        // sequence: not legacy-looking, so the UTF-8 text is kept and the damage replaced.
        QByteArray bytes = arabicText().toUtf8();
        bytes.insert(10, '\xFF');
        bytes.append("\xC0\xAF ");
        bytes.append("\xED\xA0\x80 ");
        bytes.append("\xD8"); // first byte of a two-byte Arabic letter, file cut here
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QVERIFY(decoded->text.startsWith(arabicText().left(5)));
        // FF, C0, AF, ED, A0, 80 (each not part of any valid sequence), then the cut D8.
        QCOMPARE(count(decoded->text, QChar(0xFFFD)), 7);
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY2(decoded->notes.first().startsWith(QLatin1String("7 invalid byte sequences")),
                 qPrintable(decoded->notes.first()));
    }

    void truncatedSequenceIsOneReplacement()
    {
        // E2 82 is the start of "€" (E2 82 AC) cut short: one maximal subpart, one U+FFFD.
        QByteArray bytes = QStringLiteral("سعر ").toUtf8();
        bytes.append("\xE2\x82 x");
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded->text, QStringLiteral("سعر \uFFFD x"));
    }

    void binaryIsRefused()
    {
        QByteArray png = bom({0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});
        QRandomGenerator random(42);
        for (int i = 0; i < 4096; ++i)
            png.append(char(random.bounded(256)));
        const auto decoded = TextDecoder::decode(png, QStringLiteral("photo.png"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), QStringLiteral("photo.png does not look like a text file."));
    }

    void controlCharactersAreBinary()
    {
        QByteArray bytes;
        for (int i = 0; i < 50; ++i)
            bytes.append("text\x01\x02\x1B");
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().contains(QLatin1String("does not look like a text file")));
    }

    void tabsAndFormFeedsAreText()
    {
        const auto decoded = TextDecoder::decode(QByteArrayLiteral("a\tb\fc\n"), kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("a\tb\fc\n"));
    }

    void nulInUtf8IsBinary()
    {
        const auto decoded = TextDecoder::decode(QByteArrayLiteral("# Roadmap\n\0- x\n"), kFile);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().contains(QLatin1String("does not look like a text file")));
    }

    void empty_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("whitespace") << QByteArrayLiteral(" \r\n\t \n  \r ");
        QTest::newRow("UTF-8 BOM only") << bom({0xEF, 0xBB, 0xBF});
        QTest::newRow("UTF-16 BOM and spaces") << bom({0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00});
        QTest::newRow("no-break spaces") << QStringLiteral("\u00A0 \u00A0\n").toUtf8();
    }

    void empty()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = TextDecoder::decode(bytes, kFile);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), QStringLiteral("roadmap.md is empty."));
    }

    void sizeLimit()
    {
        const QByteArray tooLarge(17 * 1024 * 1024, 'a');
        const auto refused = TextDecoder::decode(tooLarge, kFile);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 QStringLiteral("roadmap.md is 17.0 MB; files of up to 16 MB can be imported."));

        QByteArray atLimit(int(TextDecoder::kMaxBytes), 'a');
        atLimit[100] = '\n';
        const auto accepted = TextDecoder::decode(atLimit, kFile);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        QCOMPARE(accepted->text.size(), TextDecoder::kMaxBytes);
        atLimit.append(' ');
        QVERIFY(!TextDecoder::decode(atLimit, kFile).ok());
    }

    void lineEndingsAreNormalised()
    {
        const auto decoded = TextDecoder::decode(QByteArrayLiteral("a\r\nb\rc\n\r\rd\r"), kFile);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("a\nb\nc\n\n\nd\n"));
    }

    void messagesAreTranslated()
    {
        QVERIFY(m_translations->setLanguage(QStringLiteral("ar")));
        const auto empty = TextDecoder::decode(QByteArray(), kFile);
        QByteArray damaged = QStringLiteral("سعر ").toUtf8();
        damaged.append("\xE2\x82 \xFF\xFF x");
        const auto replaced = TextDecoder::decode(damaged, kFile);
        QVERIFY(m_translations->setLanguage(QStringLiteral("en")));
        QCOMPARE(empty.error(), QStringLiteral("الملف roadmap.md فارغ."));
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->notes.size(), 1);
        QVERIFY2(replaced->notes.first().contains(QStringLiteral("فك ترميز 3 تسلسلات")),
                 qPrintable(replaced->notes.first()));
    }

    void neverCrashes()
    {
        // Every prefix of each encoding of the sample, every single byte and seeded random
        // buffers: each either decodes or is refused with a message.
        QList<QByteArray> samples = {
            arabicText().toUtf8(), bom({0xEF, 0xBB, 0xBF}) + arabicText().toUtf8(),
            bom({0xFF, 0xFE}) + utf16Bytes(arabicText(), true), utf16Bytes(arabicText(), false),
            QStringLiteral("Grüße\U0001F600").toUtf8()};
        QList<QByteArray> inputs;
        for (const QByteArray &sample : samples) {
            for (int length = 0; length <= sample.size(); ++length)
                inputs.append(sample.left(length));
        }
        for (int b = 0; b < 256; ++b)
            inputs.append(QByteArray(1, char(b)));
        QRandomGenerator random(7);
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes;
            const int length = int(random.bounded(64));
            const bool highOnly = i % 3 == 0;
            for (int k = 0; k < length; ++k)
                bytes.append(char(highOnly ? 0x80 + random.bounded(128) : random.bounded(256)));
            inputs.append(bytes);
        }
        for (const QByteArray &input : inputs) {
            const auto decoded = TextDecoder::decode(input, kFile);
            if (decoded.ok())
                QVERIFY(!decoded->text.trimmed().isEmpty());
            else
                QVERIFY(!decoded.error().isEmpty());
        }
    }

private:
    Translations *m_translations = nullptr;
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
