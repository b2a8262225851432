// One platform at a time: each starts a dozen processes, and two starting together on a small machine ran
// past their startup limits.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
