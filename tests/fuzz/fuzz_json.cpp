// Fuzzes scanJson(): whatever it reads, nlohmann's parser reads too, with the same events.
#include "model/jsonscan.h"
#include "tests/jsonevents.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace storemap;
    const char *text = reinterpret_cast<const char *>(data);
    test::JsonEvents scanned;
    if (!scanJson(text, text + size, scanned))
        return 0;
    test::JsonEvents parsed;
    if (!nlohmann::ordered_json::sax_parse(text, text + size, &parsed) ||
        parsed.seen != scanned.seen)
        std::abort();
    return 0;
}
