// Placeholder: replaced by the Russian-aware Lunr search (issue 5).
