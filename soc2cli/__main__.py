"""python -m soc2cli"""

from soc2cli.cli import main

main()
