import PackagePlugin

/// Compiles every `.toml` file of the target it is applied to into `EmbeddedThemes.swift`.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let themes = sourceTarget.sourceFiles.filter { $0.url.pathExtension == "toml" }.map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemes.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(themes.count) themes",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path()] + themes.map { $0.path() },
                inputFiles: themes,
                outputFiles: [output]
            )
        ]
    }
}
