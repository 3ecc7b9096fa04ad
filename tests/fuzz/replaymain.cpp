// The main() of a fuzz target in an ordinary build: feeds every file of the directories (or the files) named on
// the command line to LLVMFuzzerTestOneInput once, so that the normal test run covers each target's seed corpus
// (tests/fuzz/corpus/<target>/) in seconds, with GCC and without libFuzzer. A target that finds a broken
// invariant aborts, and the test fails. With MAILSETUP_FUZZ, libFuzzer's own main() takes this one's place.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else if (std::filesystem::is_regular_file(path)) {
            inputs.push_back(path);
        } else {
            std::fprintf(stderr, "replay: %s is neither a file nor a directory\n", argv[i]);
            return 2;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "replay: no inputs (give a corpus directory)\n");
        return 2;
    }
    for (const std::filesystem::path &input : inputs) {
        std::ifstream file(input, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    }
    // The empty input too: every parser meets it.
    LLVMFuzzerTestOneInput(nullptr, 0);
    std::printf("replay: %zu inputs, no broken invariant\n", inputs.size());
    return 0;
}
