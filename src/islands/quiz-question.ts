// Placeholder replaced by the quiz island.
export {};
