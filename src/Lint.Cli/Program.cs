using HealthLint;
using HealthLint.Cli;

// The process lints one set of files and holds nothing else: a very large article's parse tree is worth collecting
// before the article is analysed.
AppContext.SetSwitch(Linter.CollectAfterLargeArticlesSwitch, true);

return CliApplication.Run(args, CliEnvironment.FromConsole());
