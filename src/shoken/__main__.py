from shoken.cli import run

run()
