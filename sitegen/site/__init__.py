"""The site: which pages exist, what each lists, and how they are rendered and written."""
