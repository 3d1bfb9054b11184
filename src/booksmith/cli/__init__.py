"""The commands: `booksmith new | build | check | preview | watch | assemble`.

Takes the command line; calls the stages and prints what they found, as one
`path:line: message` line each, with a fixed exit code per kind. `main` parses the
arguments (importing nothing slow, so `--help` answers at once); `new`, `check`,
`preview` and `watch` are the commands beyond a build; `progress` is the terminal display.
No stage logic lives here.
"""
