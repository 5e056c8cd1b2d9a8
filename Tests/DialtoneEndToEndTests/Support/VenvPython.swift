import Foundation

/// A Python with one PyPI package installed, in a virtual environment that `scripts/test` makes
/// under `.build/` when missing (`.build/<name>-venv`), or the one `$DIALTONE_<NAME>_PYTHON` names.
struct VenvPython {
    /// The name as the variable spells it: `PLIVO`, `VOBIZ`, `SCHEMATHESIS`.
    let name: String
    /// The PyPI package it needs: `plivo`, `vobiz-python`, `schemathesis`.
    let package: String

    /// The package root, which `.build/` and `scripts/` are relative to.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The variable naming the Python that has the package installed.
    var variable: String { "DIALTONE_\(name)_PYTHON" }

    /// The virtual environment `scripts/test` makes, relative to the package root.
    var venv: String { ".build/\(name.lowercased())-venv" }

    /// The Python that has the package installed, if one can be found.
    var path: String? {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment[variable], Self.root.appendingPathComponent("\(venv)/bin/python").path,
        ]
        return candidates.compactMap { $0 }.first { !$0.isEmpty && FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why a check cannot run without it, and how to make it: a check that did not run has not passed.
    var missing: String {
        """
        \(package) is not installed: run ./scripts/test, which makes \(venv), or \
        `python3 -m venv \(venv) && \(venv)/bin/pip install \(package)`, or set \(variable) to a python that has it
        """
    }
}
