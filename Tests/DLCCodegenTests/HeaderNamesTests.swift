@testable import DLCCodegen
import DLC
import DLCTestSupport
import Foundation
import Testing

/// Names a downloaded model may carry: comment closers, quotes, C and C++ keywords, the API's own
/// parameter and macro names, names that collide once sanitized, line breaks, non-ASCII.
let awkwardNames = [
    "y */ static const int injected_by_model = 42; /*", "a-b", "a_b", "A_B", "int", "class", "workspace", "count", "COUNT",
    "NULL", "SIZE_MAX", "\"quoted\"", "back\\slash", "line\nbreak ??/", "__reserved", "_Bool", "3d", "größe", "x/*y", "dlc_model_info", "int32_t",
]

@Suite struct HeaderNamesTests {
    @Test func identifiersAreUniqueAndClearOfKeywords() {
        #expect(HeaderNames.identifiers(for: ["a-b", "a_b", "A_B", "int", "workspace", "count", "__x", "", "3d", "int32_t"])
                == ["a_b", "a_b_2", "a_b_3", "int_", "workspace_", "count_", "t__x", "t_", "_3d", "int32_t_"])
    }

    @Test func commentsCannotBeClosedOrBroken() {
        #expect(HeaderNames.comment("y */ int x; /* z") == "y *\\/ int x; /\\* z")
        #expect(HeaderNames.comment("a\nb\u{0}c") == "a\\nb\\u{0}c")
        #expect(HeaderNames.comment("**//**") == "**\\//\\**")
    }

    /// Every header compiles as C99 and C++17 with warnings as errors, and defines nothing a
    /// name asked for: the test program's own `injected_by_model` would clash with it.
    @Test func headersForAwkwardNamesCompileAsCAndCPlusPlus() throws {
        let graph = try Graph.build("awkward") {
            let inputs = awkwardNames.prefix(10).map { input($0, shape: [1, 2]) }
            for (index, name) in awkwardNames.dropFirst(10).enumerated() { output(name, relu(inputs[index % inputs.count])) }
        }
        let directory = try makeTemporaryDirectory()
        try ModelCompiler.compile(graph, options: CompileOptions(), to: ArtifactPaths(header: "\(directory)/awkward.h"))
        let program = "#include \"awkward.h\"\nint injected_by_model;\nint main(void) { return awkward_info() == 0; }\n"
        try program.write(toFile: "\(directory)/use.c", atomically: true, encoding: .utf8)
        try program.write(toFile: "\(directory)/use.cpp", atomically: true, encoding: .utf8)
        let c = try runProgram("/usr/bin/env", ["cc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "\(directory)/use.c"])
        #expect(c.status == 0, "\(c.standardError)")
        let cpp = try runProgram("/usr/bin/env", ["c++", "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "\(directory)/use.cpp"])
        #expect(cpp.status == 0, "\(cpp.standardError)")
        let header = try String(contentsOfFile: "\(directory)/awkward.h", encoding: .utf8)
        #expect(header.contains("#define AWKWARD_INPUT_COUNT_ 7"))
        #expect(header.contains("const float *int_, const float *class_, const float *workspace_"))
    }
}
