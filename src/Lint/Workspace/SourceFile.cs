namespace HealthLint.Workspace;

/// <summary>A file the workspace will lint: where it is, how it is reported, and how it is read.</summary>
internal sealed record SourceFile(string FullPath, string Path, DocumentFormat Format);
