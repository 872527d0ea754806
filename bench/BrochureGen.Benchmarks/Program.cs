using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BrochureGen.Benchmarks.StageBenchmarks).Assembly).Run(args);
