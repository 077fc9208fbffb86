"""Evidence from scanners: reading their output files and summarising it per control."""
