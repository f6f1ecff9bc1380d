using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using HealthLint.Benchmarks;
using HealthLint.Benchmarks.Throughput;

if (args.Length > 0 && args[0] == "generate")
{
    return GenerateCommand.Run(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "pathological")
{
    return PathologicalCommand.Run(args[1..], Console.Out, Console.Error);
}

var config = DefaultConfig.Instance
    .AddColumn(new InputSizeColumn(), new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(MarkdownBenchmarks).Assembly).Run(args, config);
return 0;
