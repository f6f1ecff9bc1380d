using System.CommandLine;
using System.CommandLine.Invocation;

namespace HealthLint.Cli;

/// <summary>
/// The <c>healthlint</c> command line: it parses the arguments, hands the work to the workspace and the writers,
/// and turns the outcome into an exit code. It holds no linting logic of its own.
/// </summary>
internal static class CliApplication
{
    private static readonly string[] FormatNames = ["text", "json", "sarif", "github"];
    private static readonly string[] FailLevelNames = ["error", "warning", "note", "none"];
    private static readonly string[] InputFormatNames = ["markdown", "html"];

    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var root = BuildCommand(environment, args);
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
            {
                foreach (var error in parsed.Errors)
                {
                    environment.Error.Write($"healthlint: error: {error.Message}\n");
                }

                environment.Error.Write("Usage: healthlint [<paths>...] [options]; run 'healthlint --help' for the options.\n");
                return ExitCodes.Error;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception)
        {
            // A defect must still end with a message and the exit code CI treats as "not run", never a stack dump alone.
            environment.Error.Write($"healthlint: internal error: {exception.GetType().Name}: {exception.Message}\n");
            return ExitCodes.Error;
        }
    }

    private static RootCommand BuildCommand(CliEnvironment environment, string[] args)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched for .md, .markdown, .html and .htm) or globs such as 'docs/**/*.md'. Default: the current directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var literal = args.SkipWhile(a => a != "--").Skip(1).ToHashSet(StringComparer.Ordinal);
        paths.Validators.Add(result =>
        {
            // The parser takes an unknown option for a path; a path that starts with '-' can still be given after '--' or as ./-name.
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !literal.Contains(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text, json, sarif or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif|github",
        };
        format.AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output; it appears only once complete.",
            HelpName = "file",
        };
        var failLevel = new Option<string>("--fail-level")
        {
            Description = "Exit with 1 when a finding has this severity or a higher one: error, warning, note or none.",
            DefaultValueFactory = _ => "error",
            HelpName = "error|warning|note|none",
        };
        failLevel.AcceptOnlyFromAmong(FailLevelNames);
        var inputFormat = new Option<string?>("--input-format")
        {
            Description = "Read every file as markdown or html, whatever its extension.",
            HelpName = "markdown|html",
        };
        inputFormat.AcceptOnlyFromAmong(InputFormatNames);
        var config = ConfigOption();
        var includeSuppressed = new Option<bool>("--include-suppressed")
        {
            Description = "Keep findings that inline directives suppress in SARIF (marked with suppressions) and in text (marked [suppressed]). GitHub code scanning ignores suppressions and would open alerts for them.",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Findings recorded in this baseline file are reported as unchanged and do not fail the run; entries no longer found are listed.",
            HelpName = "file",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Record every finding no directive suppresses in this baseline file; the run then treats them as known.",
            HelpName = "file",
        };

        var root = new RootCommand("Lints health articles (Markdown and HTML) for missing medical disclaimers, outcome guarantees and unsourced health claims.")
        {
            paths,
            format,
            output,
            failLevel,
            inputFormat,
            config,
            includeSuppressed,
            baseline,
            writeBaseline,
        };
        root.Validators.Add(result =>
        {
            if (result.GetValue(baseline) is not null && result.GetValue(writeBaseline) is not null)
            {
                result.AddError("--baseline and --write-baseline cannot be used together: --write-baseline records every current finding, so the old baseline plays no part.");
            }
        });

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        root.SetAction(result => LintRun.Execute(
            new LintSettings(
                result.GetValue(paths) ?? [],
                ParseFormat(result.GetValue(format)),
                result.GetValue(output),
                Enum.Parse<FailLevel>(result.GetValue(failLevel) ?? "error", ignoreCase: true),
                result.GetValue(inputFormat) is { } name && DocumentFormats.TryParse(name, out var forced) ? forced : null,
                result.GetValue(config))
            {
                IncludeSuppressed = result.GetValue(includeSuppressed),
                BaselinePath = result.GetValue(baseline),
                WriteBaselinePath = result.GetValue(writeBaseline),
            },
            environment));

        var docs = new Option<string?>("--docs")
        {
            Description = "Write each rule's documentation page (Markdown) into this folder instead of listing the rules.",
            HelpName = "folder",
        };
        var rulesConfig = ConfigOption();
        var rules = new Command("rules", "List the rules as the configuration sets them: id, severity, name and title.") { docs, rulesConfig };
        rules.SetAction(result => result.GetValue(docs) is { } folder
            ? RulesListing.WriteDocs(environment, folder, result.GetValue(rulesConfig))
            : RulesListing.Execute(environment, result.GetValue(rulesConfig)));
        root.Add(rules);

        var force = new Option<bool>("--force")
        {
            Description = "Replace an existing .healthlint.yaml.",
        };
        var init = new Command("init", "Write a commented starter .healthlint.yaml in the current folder.") { force };
        init.SetAction(result => InitCommand.Execute(environment, result.GetValue(force)));
        root.Add(init);
        return root;
    }

    private static Option<string?> ConfigOption() => new("--config")
    {
        Description = "Use this configuration file for every file instead of the nearest .healthlint.yaml.",
        HelpName = "file",
    };

    private static ReportFormat ParseFormat(string? name) => name switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "github" => ReportFormat.GitHub,
        _ => ReportFormat.Text,
    };

    /// <summary>Prints the library's version: the default would print the entry assembly's, which is not this tool's when it is hosted.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.Write(ToolInfo.HealthLint.Version + "\n");
            return ExitCodes.Success;
        }
    }
}
