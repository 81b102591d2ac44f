#pragma once

#include <vector>

namespace storemap {

/// Every display text of the built-in catalog, so that translators see them (generated into
/// catalogtext.cpp by scripts/catalog-strings.py). Catalog::builtin() translates them in the
/// context "storemap::CatalogText".
const std::vector<const char *> &catalogTexts();

} // namespace storemap
