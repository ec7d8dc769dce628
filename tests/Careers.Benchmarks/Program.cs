using BenchmarkDotNet.Running;

// Run in Release: dotnet run -c Release --project tests/Careers.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Careers.Benchmarks.IdentifierBenchmarks).Assembly).Run(args);
