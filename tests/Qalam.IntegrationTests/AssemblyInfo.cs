// Each test class gets its own app and database; classes run in parallel, tests in a class one after another.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
