#pragma once

#include <QByteArray>

namespace kq {

// The scan of a paper original for the demo's documents signed on paper: a small grey page with
// a title, lines of print and signature strokes, drawn from a seed (same seed, same bytes). As a
// PNG (the scan image) and as the one-page A4 PDF that shows it (the document of record of a paper
// signing, which SignedDocumentRepository keeps with its hash). QtCore only, no font, no painter:
// a demo of 100,000 clients makes a few hundred thousand of these.
class DemoScan {
public:
    static constexpr int kWidth = 60; // pixels; A4's 1 : 1.41
    static constexpr int kHeight = 85;

    explicit DemoScan(quint32 seed);

    QByteArray png() const;
    QByteArray pdf() const;

private:
    QByteArray m_deflated; // zlib stream of the rows, each a 0 filter byte then kWidth grey bytes
};

} // namespace kq
