using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CraftCartAdmin.Benchmarks.InvoiceExportBenchmark).Assembly).Run(args);
