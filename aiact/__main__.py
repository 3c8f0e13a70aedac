"""``python -m aiact``: the command line."""

from aiact.cli import main

if __name__ == "__main__":
    main()
