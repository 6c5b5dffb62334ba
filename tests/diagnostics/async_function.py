# error: an async function is not supported yet
async def fetch():
    return 1
